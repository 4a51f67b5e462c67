package dev.taskorchestrator.cli.boot;

import dev.taskorchestrator.application.service.Orchestrator;
import dev.taskorchestrator.board.BoardServer;
import dev.taskorchestrator.cli.command.BoardCommand;
import java.io.IOException;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CountDownLatch;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Runs {@code orchestrator board}: the store opened once, the board served on loopback until a signal stops it. */
final class BoardHosting implements BoardCommand.Host {

    private static final Logger LOG = LoggerFactory.getLogger(BoardHosting.class);

    private final Supplier<Orchestrator> core;

    BoardHosting(Supplier<Orchestrator> core) {
        this.core = core;
    }

    @Override
    public int serve(int port, boolean open, BoardCommand.Started started) {
        // Opened here, once: a wrong --db is an error now rather than on the first page, and the
        // server's threads share one core instead of racing to open it.
        Orchestrator orchestrator = core.get();
        BoardServer server = BoardServer.start(() -> orchestrator, port);
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            server.close();
            stopped.countDown();
        }, "orchestrator-board-stop"));
        started.at(server.url(), open && openBrowser(server.url()));
        try {
            stopped.await();
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
        }
        return 0;
    }

    /** The system's own way to open a URL; false (and the URL printed anyway) where there is none. */
    private static boolean openBrowser(String url) {
        String system = System.getProperty("os.name", "").toLowerCase(Locale.ROOT);
        List<String> command = system.contains("mac") ? List.of("open", url)
                : system.contains("win") ? List.of("rundll32", "url.dll,FileProtocolHandler", url)
                : List.of("xdg-open", url);
        try {
            new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD)
                    .start();
            return true;
        } catch (IOException noBrowser) {
            LOG.info("could not open a browser ({}); open {} yourself", noBrowser.getMessage(), url);
            return false;
        }
    }
}

package dev.taskorchestrator.board;

import dev.taskorchestrator.application.service.Orchestrator;
import dev.taskorchestrator.domain.common.OrchestratorException;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import org.eclipse.jetty.ee11.servlet.ServletContextHandler;
import org.eclipse.jetty.ee11.servlet.ServletHolder;
import org.eclipse.jetty.server.HttpConfiguration;
import org.eclipse.jetty.server.HttpConnectionFactory;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.server.ServerConnector;
import org.eclipse.jetty.util.thread.QueuedThreadPool;

/** The board on its own, for {@code orchestrator board}: on 127.0.0.1 only, with no token, since nothing else can reach it. */
public final class BoardServer implements AutoCloseable {

    public static final String HOST = "127.0.0.1";

    private final Server jetty;
    private final BoardWeb board;
    private final int port;

    private BoardServer(Server jetty, BoardWeb board, int port) {
        this.jetty = jetty;
        this.board = board;
        this.port = port;
    }

    /** Listens on {@code port} (0: a free one); a port taken is refused naming {@code port}. */
    public static BoardServer start(Supplier<Orchestrator> core, int port) {
        ServletContextHandler context = new ServletContextHandler();
        context.setContextPath("/");
        BoardWeb board = BoardWeb.install(context, core, Optional.empty(), BoardWeb.LOOPBACK_HOSTS);
        context.addServlet(new ServletHolder("home", new ToTheBoard()), "/");
        QueuedThreadPool threads = new QueuedThreadPool(LiveFeed.MAX_STREAMS + 16, 2);
        threads.setName("orchestrator-board");
        threads.setDaemon(true);
        Server jetty = new Server(threads);
        HttpConfiguration quiet = new HttpConfiguration();
        quiet.setSendServerVersion(false);
        ServerConnector connector = new ServerConnector(jetty, new HttpConnectionFactory(quiet));
        connector.setHost(HOST);
        connector.setPort(port);
        jetty.addConnector(connector);
        jetty.setHandler(context);
        jetty.setStopTimeout(1_000);
        try {
            jetty.start();
        } catch (Exception cannotListen) {
            board.close();
            try {
                jetty.stop();
            } catch (Exception ignored) {
                // it never started
            }
            throw OrchestratorException.invalid("port", "cannot listen on " + HOST + ":" + port + ": "
                    + Optional.ofNullable(cannotListen.getMessage()).orElse(cannotListen.getClass().getSimpleName()),
                    List.of("0-65535", "0 for a free port"));
        }
        return new BoardServer(jetty, board, connector.getLocalPort());
    }

    public int port() {
        return port;
    }

    /** The address to open in a browser. */
    public String url() {
        return "http://" + HOST + ":" + port + Paths.plans();
    }

    @Override
    public void close() {
        board.close();
        try {
            jetty.stop();
        } catch (Exception stopping) {
            // The process is ending anyway; the streams were told to close first.
        }
    }

    /** Anything outside the board leads to it. */
    private static final class ToTheBoard extends HttpServlet {
        private static final long serialVersionUID = 1L;

        @Override
        protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
            response.sendRedirect(Paths.plans());
        }
    }
}

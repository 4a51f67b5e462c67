package dev.taskorchestrator.cli.command;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** Serves the read-only live board of the workspace's store in a browser, until stopped. */
@Command(name = "board", mixinStandardHelpOptions = true,
        description = {"Serves a read-only board of this workspace's tasks at http://127.0.0.1:PORT/board/: plans as "
                + "trees with their progress, a board by status filtered by session, specialist and text, each plan's "
                + "dependency graph with ready tasks and the critical path, and a page per task with its history, "
                + "artifacts and the prompt its role gets. Open pages follow changes made by any agent, command or "
                + "server on the same store within a second or two. It listens on loopback only; Ctrl-C stops it. "
                + "To share a board with a team, use serve --http, which serves it at /board behind the token."},
        footerHeading = "%nExamples:%n",
        footer = {"  orchestrator board", "  orchestrator board --open", "  orchestrator board --port 0",
            "  orchestrator board --db jdbc:postgresql://db.internal:5432/orchestrator?user=me"})
public final class BoardCommand implements Callable<Integer> {

    /** A port nothing common uses, so that a bookmark keeps working. */
    public static final int DEFAULT_PORT = 8780;

    /** Serves the board until the process is stopped; says where through {@code started} once it listens. */
    @FunctionalInterface
    public interface Host {
        int serve(int port, boolean open, Started started);
    }

    /** Told the address once the board listens, and whether a browser was opened on it. */
    @FunctionalInterface
    public interface Started {
        void at(String url, boolean opened);
    }

    private final Host host;
    private final Console console;

    @Spec
    private CommandSpec spec;

    @Field("port")
    @Option(names = "--port", paramLabel = "PORT", description = "The port on 127.0.0.1 (default: ${DEFAULT-VALUE}; 0: a free one).")
    private int port = DEFAULT_PORT;

    @Option(names = "--open", description = "Open the board in the default browser once it listens.")
    private boolean open;

    public BoardCommand(Host host, Console console) {
        this.host = host;
        this.console = console;
    }

    @Override
    public Integer call() {
        if (port < 0 || port > 65_535) {
            throw dev.taskorchestrator.domain.common.OrchestratorException.invalid("port",
                    "port " + port + " is not between 0 and 65535", java.util.List.of("0-65535", "0 for a free port"));
        }
        return host.serve(port, open, (url, opened) -> {
            Map<String, Object> document = new LinkedHashMap<>();
            document.put("url", url);
            document.put("opened", opened);
            console.show(spec, document, "Board at " + url + (opened ? " (opened in your browser)" : "")
                    + "\nIt follows every change to this store live. Ctrl-C stops it.");
        });
    }
}

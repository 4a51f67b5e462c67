package dev.taskorchestrator.cli.command;

import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;

/** Runs the MCP server over stdio until the client closes stdin or the process is told to stop. */
@Command(name = "serve",
        mixinStandardHelpOptions = true,
        description = {"Runs the MCP server over stdio: JSON-RPC frames on stdin/stdout, logs on stderr.",
            "It stops when the client closes stdin (after writing every response still due) or on SIGTERM.",
            "The workspace is --workspace, else $ORCHESTRATOR_WORKSPACE, else the git root, else the current",
            "directory; the database is --db, else $ORCHESTRATOR_DB, else the workspace's SQLite file."},
        footerHeading = "%nExamples:%n",
        footer = {"  orchestrator serve", "  orchestrator serve --workspace ~/src/my-app",
            "  orchestrator serve --db jdbc:postgresql://db.internal:5432/orchestrator?user=me"})
public final class ServeCommand implements Callable<Integer> {

    /** What serving needs to know; where the server and its database come from is the wiring's business. */
    public record Options(Optional<Path> workspace, Optional<String> db) {
    }

    /** Runs the server until it stops and returns the process's exit status. */
    @FunctionalInterface
    public interface Server {
        int serve(Options options);
    }

    private final Server server;
    private final GlobalOptions options;

    public ServeCommand(Server server, GlobalOptions options) {
        this.server = server;
        this.options = options;
    }

    @Override
    public Integer call() {
        return server.serve(new Options(options.workspace(), options.db()));
    }
}

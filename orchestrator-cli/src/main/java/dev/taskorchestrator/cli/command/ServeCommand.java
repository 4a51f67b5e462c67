package dev.taskorchestrator.cli.command;

import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** Runs the MCP server over stdio until the client closes stdin or the process is told to stop. */
@Command(name = "serve",
        mixinStandardHelpOptions = true,
        description = {"Runs the MCP server over stdio: JSON-RPC frames on stdin/stdout, logs on stderr.",
            "It stops when the client closes stdin (after writing every response still due) or on SIGTERM."},
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

    @Option(names = {"-w", "--workspace"}, paramLabel = "DIR",
            description = "The workspace. Default: $ORCHESTRATOR_WORKSPACE, else the git root above the current "
                    + "directory, else the current directory.")
    private Path workspace;

    @Option(names = "--db", paramLabel = "JDBC_URL",
            description = "A database other than the workspace's SQLite file, e.g. jdbc:postgresql://host/db. "
                    + "Default: $ORCHESTRATOR_DB, else <workspace>/.task_orchestrator/orchestrator.db.")
    private String db;

    public ServeCommand(Server server) {
        this.server = server;
    }

    @Override
    public Integer call() {
        return server.serve(new Options(Optional.ofNullable(workspace), Optional.ofNullable(db)));
    }
}

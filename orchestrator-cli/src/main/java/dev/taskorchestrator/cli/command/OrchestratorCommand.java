package dev.taskorchestrator.cli.command;

import java.util.concurrent.Callable;
import java.nio.file.Path;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ScopeType;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** The root command: with no subcommand it shows what it can do. */
@Command(name = "orchestrator",
        mixinStandardHelpOptions = true,
        versionProvider = ManifestVersion.class,
        description = "Plans work as a tree of tasks, runs each task in a specialist role and keeps the results.",
        footerHeading = "%nExamples:%n",
        footer = {"  orchestrator plan \"Ship v1\" --subtask \"Design\" --subtask \"Build\"",
            "  orchestrator task list --status pending", "  orchestrator task tree TASK_ID",
            "  orchestrator serve          (the MCP server over stdio)"})
public final class OrchestratorCommand implements Callable<Integer> {

    private final GlobalOptions options;

    @Spec
    private CommandSpec spec;

    public OrchestratorCommand(GlobalOptions options) {
        this.options = options;
    }

    @Option(names = {"-w", "--workspace"}, paramLabel = "DIR", scope = ScopeType.INHERIT,
            description = "The workspace. Default: $ORCHESTRATOR_WORKSPACE, else the git root above the current "
                    + "directory, else the current directory.")
    void workspace(Path workspace) {
        options.workspace(workspace);
    }

    @Option(names = "--db", paramLabel = "JDBC_URL", scope = ScopeType.INHERIT,
            description = "A database other than the workspace's SQLite file, e.g. jdbc:postgresql://host/db. "
                    + "Default: $ORCHESTRATOR_DB.")
    void db(String db) {
        options.db(db);
    }

    @Option(names = "--json", scope = ScopeType.INHERIT,
            description = "Print the result as JSON (the MCP tool's structured content).")
    void json(boolean json) {
        options.json(json);
    }

    @Option(names = "--request-id", paramLabel = "ID", scope = ScopeType.INHERIT,
            description = "For a command that changes the store: run it at most once for this id (1-128 characters);"
                    + " the same command again with this id prints the first result and changes nothing.")
    void requestId(String requestId) {
        options.requestId(requestId);
    }

    @Option(names = "--no-color", scope = ScopeType.INHERIT, description = "No colours, even on a terminal.")
    void noColor(boolean noColor) {
        options.noColor(noColor);
    }

    @Override
    public Integer call() {
        spec.commandLine().usage(spec.commandLine().getOut());
        return 0;
    }
}

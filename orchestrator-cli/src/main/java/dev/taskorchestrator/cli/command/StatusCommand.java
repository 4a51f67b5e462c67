package dev.taskorchestrator.cli.command;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** Where the work stands: counts by status and the first tasks of each. */
@Command(name = "status", mixinStandardHelpOptions = true,
        description = "Shows where the work stands: how many tasks are in each status, and the first ones in progress, "
                + "pending, blocked and failed.",
        footerHeading = "%nExample:%n", footer = "  orchestrator status --completed --limit 5")
public final class StatusCommand implements Callable<Integer> {

    private final Console console;

    @Spec
    private CommandSpec spec;

    @Option(names = "--session", paramLabel = "SESSION_ID", description = "Only this session's tasks.")
    private String session;

    @Option(names = "--completed", description = "Also list completed tasks.")
    private boolean completed;

    @Option(names = "--limit", paramLabel = "N", description = "Tasks listed per status, 1-100. Default: 10.")
    private Integer limit;

    public StatusCommand(Console console) {
        this.console = console;
    }

    @Override
    public Integer call() {
        console.show(spec, console.client().call("orchestrator_get_status", ToolArgs.of().put("session_id", session)
                .flag("include_completed", completed).put("limit", limit).map()));
        return 0;
    }
}

package dev.taskorchestrator.cli.command;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** Claims a ready task and prints its specialist prompt. */
@Command(name = "start", mixinStandardHelpOptions = true,
        description = "Claims a ready task for you and prints the specialist's prompt for it. Refused while its "
                + "prerequisites are open (they are named) or someone else holds it; --force runs it anyway.",
        footerHeading = "%nExample:%n", footer = "  orchestrator task start task_01jq2m3n4p5r")
public final class TaskStartCommand implements Callable<Integer> {

    private final Console console;

    @Spec
    private CommandSpec spec;

    @Parameters(paramLabel = "TASK_ID", description = "The task.")
    private String taskId;

    @Option(names = "--force", description = "Run although prerequisites or subtasks are open (recorded).")
    private boolean force;

    @Option(names = "--agent", paramLabel = "NAME", description = "Who the claim is for. Default: cli@$USER.")
    private String agent;

    public TaskStartCommand(Console console) {
        this.console = console;
    }

    @Override
    public Integer call() {
        console.show(spec, console.client().call("orchestrator_execute_task", ToolArgs.of().put("task_id", taskId)
                .flag("force", force).put("agent", agent).map()));
        return 0;
    }
}

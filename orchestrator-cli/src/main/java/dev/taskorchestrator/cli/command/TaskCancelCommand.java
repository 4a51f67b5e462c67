package dev.taskorchestrator.cli.command;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** Cancels a task and its open subtasks. */
@Command(name = "cancel", mixinStandardHelpOptions = true,
        description = "Cancels a task and its open subtasks; their artifacts are kept unless --drop-work.",
        footerHeading = "%nExample:%n", footer = "  orchestrator task cancel task_01jq2m3n4p5r --reason \"not needed\"")
public final class TaskCancelCommand implements Callable<Integer> {

    private final Console console;

    @Spec
    private CommandSpec spec;

    @Parameters(paramLabel = "TASK_ID", description = "The task.")
    private String taskId;

    @Option(names = "--reason", paramLabel = "TEXT", description = "Why, kept in the history.")
    private String reason;

    @Option(names = "--drop-work", description = "Remove the task's artifacts too.")
    private boolean dropWork;

    public TaskCancelCommand(Console console) {
        this.console = console;
    }

    @Override
    public Integer call() {
        console.show(spec, console.client().call("orchestrator_cancel_task", ToolArgs.of().put("task_id", taskId)
                .put("reason", reason).put("preserve_work", dropWork ? Boolean.FALSE : null).map()));
        return 0;
    }
}

package dev.taskorchestrator.cli.command;

import dev.taskorchestrator.application.port.in.CancelTaskUseCase;
import dev.taskorchestrator.domain.task.TaskId;
import dev.taskorchestrator.wire.TaskDocuments;
import dev.taskorchestrator.wire.TaskTexts;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** Cancels a task and its open subtasks. */
@Command(name = "cancel", mixinStandardHelpOptions = true,
        description = {"Cancels a task and its open subtasks; their artifacts are kept unless --drop-work.",
            "Refused while an agent holds one of them; --force overrides the claims (recorded in their history)."},
        footerHeading = "%nExample:%n", footer = "  orchestrator task cancel task_01jq2m3n4p5r --reason \"not needed\"")
public final class TaskCancelCommand implements Callable<Integer> {

    private final CancelTaskUseCase cancelTask;
    private final Console console;
    private final Invocation invocation;

    @Spec
    private CommandSpec spec;

    @Field("task_id")
    @Parameters(paramLabel = "TASK_ID", description = "The task.")
    private TaskId taskId;

    @Field("reason")
    @Option(names = "--reason", paramLabel = "TEXT", description = "Why, kept in the history.")
    private String reason;

    @Option(names = "--drop-work", description = "Remove the task's artifacts too.")
    private boolean dropWork;

    @Field("force")
    @Option(names = "--force", description = "Override the claims of the agents that hold these tasks (recorded).")
    private boolean force;

    public TaskCancelCommand(CancelTaskUseCase cancelTask, Console console, Invocation invocation) {
        this.cancelTask = cancelTask;
        this.console = console;
        this.invocation = invocation;
    }

    @Override
    public Integer call() {
        var result = cancelTask.cancel(new CancelTaskUseCase.Command(taskId, reason, !dropWork, invocation.operator(),
                force));
        console.show(spec, TaskDocuments.cancelled(result), TaskTexts.cancelled(result));
        return 0;
    }
}

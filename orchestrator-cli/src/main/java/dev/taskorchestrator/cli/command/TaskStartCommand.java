package dev.taskorchestrator.cli.command;

import dev.taskorchestrator.application.port.in.ExecuteTaskUseCase;
import dev.taskorchestrator.domain.task.TaskId;
import dev.taskorchestrator.wire.TaskDocuments;
import dev.taskorchestrator.wire.TaskTexts;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** Claims a ready task and prints its specialist prompt. */
@Command(name = "start", mixinStandardHelpOptions = true,
        description = "Claims a ready task for you and prints the specialist's prompt for it. Refused while its "
                + "prerequisites are open (they are named) or someone else holds it; --force runs it although "
                + "prerequisites or subtasks are open.",
        footerHeading = "%nExamples:%n", footer = {"  orchestrator task start task_01jq2m3n4p5r",
            "  orchestrator task start task_01jq2m3n4p5r --agent reviewer-bot"})
public final class TaskStartCommand implements Callable<Integer> {

    private final ExecuteTaskUseCase executeTask;
    private final Console console;

    @Spec
    private CommandSpec spec;

    @Field("task_id")
    @Parameters(paramLabel = "TASK_ID", description = "The task.")
    private TaskId taskId;

    @Option(names = "--force", description = "Run although prerequisites or subtasks are open (recorded).")
    private boolean force;

    @Mixin
    private ActingAs actingAs;

    public TaskStartCommand(ExecuteTaskUseCase executeTask, Console console) {
        this.executeTask = executeTask;
        this.console = console;
    }

    @Override
    public Integer call() {
        var execution = executeTask.execute(new ExecuteTaskUseCase.Command(taskId, actingAs.actor(), force));
        console.show(spec, TaskDocuments.execution(execution), TaskTexts.execution(execution));
        return 0;
    }
}

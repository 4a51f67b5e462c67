package dev.taskorchestrator.cli.command;

import dev.taskorchestrator.application.port.in.DeleteTaskUseCase;
import dev.taskorchestrator.domain.task.TaskId;
import dev.taskorchestrator.wire.TaskDocuments;
import dev.taskorchestrator.wire.TaskTexts;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** Archives (by default) or deletes a task and its subtasks. */
@Command(name = "delete", mixinStandardHelpOptions = true,
        description = "Archives a task and its subtasks (history and artifacts are kept), or with --purge deletes "
                + "them for good. Refused while other tasks depend on them or an agent holds one of them, unless "
                + "--force (which also removes those dependencies and overrides those claims, recorded).",
        footerHeading = "%nExamples:%n", footer = {"  orchestrator task delete task_01jq2m3n4p5r",
            "  orchestrator task delete task_01jq2m3n4p5r --purge --force"})
public final class TaskDeleteCommand implements Callable<Integer> {

    private final DeleteTaskUseCase deleteTask;
    private final Console console;
    private final Invocation invocation;

    @Spec
    private CommandSpec spec;

    @Field("task_id")
    @Parameters(paramLabel = "TASK_ID", description = "The task.")
    private TaskId taskId;

    @Field("force")
    @Option(names = "--force", description = "Go ahead although other tasks depend on it or an agent holds it.")
    private boolean force;

    @Option(names = "--purge", description = "Delete for good instead of archiving.")
    private boolean purge;

    public TaskDeleteCommand(DeleteTaskUseCase deleteTask, Console console, Invocation invocation) {
        this.deleteTask = deleteTask;
        this.console = console;
        this.invocation = invocation;
    }

    @Override
    public Integer call() {
        var result = deleteTask.delete(new DeleteTaskUseCase.Command(taskId, force, !purge, invocation.operator(),
                force));
        console.show(spec, TaskDocuments.deleted(result), TaskTexts.deleted(result));
        return 0;
    }
}

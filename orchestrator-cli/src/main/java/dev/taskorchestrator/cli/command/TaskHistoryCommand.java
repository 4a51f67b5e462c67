package dev.taskorchestrator.cli.command;

import dev.taskorchestrator.application.port.in.TaskHistoryUseCase;
import dev.taskorchestrator.domain.task.TaskEvent;
import dev.taskorchestrator.domain.task.TaskId;
import dev.taskorchestrator.wire.TaskDocuments;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** A task's history, oldest first. */
@Command(name = "history", mixinStandardHelpOptions = true,
        description = "Shows what happened to a task, oldest first, and who did it: created, claimed, completed, …",
        footerHeading = "%nExample:%n", footer = "  orchestrator task history task_01jq2m3n4p5r")
public final class TaskHistoryCommand implements Callable<Integer> {

    private final TaskHistoryUseCase taskHistory;
    private final Console console;

    @Spec
    private CommandSpec spec;

    @Field("task_id")
    @Parameters(paramLabel = "TASK_ID", description = "The task.")
    private TaskId taskId;

    public TaskHistoryCommand(TaskHistoryUseCase taskHistory, Console console) {
        this.taskHistory = taskHistory;
        this.console = console;
    }

    @Override
    public Integer call() {
        List<TaskEvent> events = taskHistory.history(new TaskHistoryUseCase.Query(taskId,
                TaskHistoryUseCase.Query.MAX_LIMIT));
        console.show(spec, TaskDocuments.history(events), (out, ansi) -> new Table<TaskEvent>()
                .column("AT", event -> event.at().toString())
                .column("EVENT", event -> event.type().wire())
                .column("BY", event -> event.actor().orElse("-"))
                .column("DETAIL", TaskEvent::detail)
                .print(out, ansi, events));
        return 0;
    }
}

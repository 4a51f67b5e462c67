package dev.taskorchestrator.cli.command;

import dev.taskorchestrator.application.port.in.GetTaskUseCase;
import dev.taskorchestrator.application.port.in.TaskDetails;
import dev.taskorchestrator.domain.task.Task;
import dev.taskorchestrator.domain.task.TaskId;
import dev.taskorchestrator.wire.Rows;
import dev.taskorchestrator.wire.TaskDocuments;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** One task in full: every field, its subtasks, artifacts and progress. */
@Command(name = "show", mixinStandardHelpOptions = true,
        description = "Shows one task in full: every field, its subtasks, its artifacts and its progress.",
        footerHeading = "%nExample:%n", footer = "  orchestrator task show task_01jq2m3n4p5r")
public final class TaskShowCommand implements Callable<Integer> {

    /** The fields listed under the title, in this order; the title, id, status and description come first. */
    private static final List<String> FIELDS = List.of("task_type", "specialist_type", "priority", "complexity",
            "estimated_effort", "due_date", "parent_task_id", "session_id", "assignee", "lease_expires_at", "summary",
            "status_reason", "auto_complete_parent", "context", "attempts", "version", "created_at", "updated_at",
            "started_at", "completed_at");

    private final GetTaskUseCase getTask;
    private final Console console;

    @Spec
    private CommandSpec spec;

    @Field("task_id")
    @Parameters(paramLabel = "TASK_ID", description = "The task.")
    private TaskId taskId;

    public TaskShowCommand(GetTaskUseCase getTask, Console console) {
        this.getTask = getTask;
        this.console = console;
    }

    @Override
    public Integer call() {
        TaskDetails details = getTask.get(taskId);
        Task task = details.task();
        console.show(spec, TaskDocuments.details(details), (out, ansi) -> {
            out.println(Marks.bold(task.title(), ansi) + "  " + task.id() + "  " + Marks.status(task.status(), ansi));
            if (!task.data().description().isEmpty()) {
                out.println(task.data().description());
            }
            Map<String, Object> fields = Rows.full(task);
            FIELDS.stream().filter(fields::containsKey)
                    .forEach(field -> out.printf("  %-17s %s%n", field, fields.get(field)));
            if (!task.dependencies().isEmpty()) {
                out.println("  depends on        " + Rows.ids(task.dependencies()));
            }
            details.progress().ifPresent(progress -> out.println("  progress          " + progress.completed() + "/"
                    + progress.total() + " done (" + progress.percentage() + "%)"));
            details.subtasks().forEach(sub -> out.println("  " + Marks.mark(sub.status(), ansi) + " " + sub.id() + "  "
                    + sub.title()));
            details.artifacts().forEach(artifact -> out.println("  artifact " + artifact.id() + "  " + artifact.name()
                    + " (" + artifact.size() + " bytes, " + artifact.type().wire() + ")"));
        });
        return 0;
    }
}

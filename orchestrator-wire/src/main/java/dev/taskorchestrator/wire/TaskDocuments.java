package dev.taskorchestrator.wire;

import dev.taskorchestrator.application.port.in.CancelTaskUseCase;
import dev.taskorchestrator.application.port.in.CompleteTaskUseCase;
import dev.taskorchestrator.application.port.in.DeleteTaskUseCase;
import dev.taskorchestrator.application.port.in.GetStatusUseCase;
import dev.taskorchestrator.application.port.in.NextTaskUseCase;
import dev.taskorchestrator.application.port.in.PlanTaskUseCase;
import dev.taskorchestrator.application.port.in.QueryTasksUseCase;
import dev.taskorchestrator.application.port.in.SynthesizeResultsUseCase;
import dev.taskorchestrator.application.port.in.TaskDetails;
import dev.taskorchestrator.application.port.in.TaskExecution;
import dev.taskorchestrator.application.port.in.TaskPrompt;
import dev.taskorchestrator.application.port.in.TaskTreeUseCase;
import dev.taskorchestrator.application.port.in.UpdateTaskUseCase;
import dev.taskorchestrator.domain.artifact.Artifact;
import dev.taskorchestrator.domain.artifact.ArtifactMetadata;
import dev.taskorchestrator.domain.common.WireValues;
import dev.taskorchestrator.domain.task.Task;
import dev.taskorchestrator.domain.task.TaskEvent;
import java.time.Duration;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The documents of the task use cases' results: what an agent's tool call and a script's --json both get. */
public final class TaskDocuments {

    private TaskDocuments() {
    }

    /** The root's id and compact row, each key's new id in the order the plan was written, and the count. */
    public static Map<String, Object> planned(PlanTaskUseCase.Result result) {
        return Document.with("task_id", result.rootId().value())
                .put("task", Rows.compact(result.created().get(0)))
                .put("keys", keysInPlanOrder(result))
                .put("created_count", result.created().size())
                .map();
    }

    /** Depth first, as the plan was written, not in the order of the result's map. */
    public static Map<String, String> keysInPlanOrder(PlanTaskUseCase.Result result) {
        Map<String, String> keyOf = new HashMap<>();
        result.keys().forEach((key, id) -> keyOf.put(id.value(), key));
        Map<String, String> inOrder = new LinkedHashMap<>();
        result.created().stream().map(task -> task.id().value()).filter(keyOf::containsKey)
                .forEach(id -> inOrder.put(keyOf.get(id), id));
        return inOrder;
    }

    public static Map<String, Object> updated(UpdateTaskUseCase.Result result) {
        return Document.with("task", Rows.full(result.task())).put("changed", result.changed()).map();
    }

    public static Map<String, Object> deleted(DeleteTaskUseCase.Result result) {
        return Document.with("task_id", result.taskId().value())
                .put("action", WireValues.wireOf(result.action()))
                .put("affected", Rows.ids(result.affected()))
                .put("released_dependents", Rows.ids(result.releasedDependents()))
                .map();
    }

    public static Map<String, Object> cancelled(CancelTaskUseCase.Result result) {
        return Document.with("task", Rows.compact(result.task()))
                .put("previous_status", result.previousStatus().wire())
                .put("cancelled_subtasks", Rows.ids(result.cancelledSubtasks()))
                .put("notified_dependents", Rows.ids(result.notifiedDependents()))
                .put("artifacts_kept", result.artifactsKept())
                .put("artifacts_removed", result.artifactsRemoved())
                .map();
    }

    /** A page of rows as {@code projection} asks, the cursor of the next page, and on the first page the total. */
    public static Map<String, Object> page(QueryTasksUseCase.Page page, Projection projection) {
        return Document.with("tasks", page.tasks().stream().map(details -> row(details, projection)).toList())
                .put("count", page.tasks().size())
                .put("next_cursor", page.nextCursor())
                .put("total_count", page.totalCount())
                .map();
    }

    private static Map<String, Object> row(TaskDetails details, Projection projection) {
        Task task = details.task();
        Map<String, Object> row = projection.full() ? Rows.full(task) : Rows.compact(task);
        if (projection.subtasks()) {
            row.put("subtasks", Rows.ids(details.subtasks().stream().map(Task::id).toList()));
        }
        if (projection.artifacts()) {
            row.put("artifacts", details.artifacts().stream().map(Rows::artifact).toList());
        }
        return row;
    }

    /** A claimed task in full, the role it is to be done in, and that role's prompt. */
    public static Map<String, Object> execution(TaskExecution execution) {
        return executionDocument(execution).map();
    }

    private static Document executionDocument(TaskExecution execution) {
        return Document.with("task", Rows.full(execution.task()))
                .put("specialist_type", execution.role().name())
                .put("prompt", execution.prompt())
                .put("completed_prerequisites", Rows.compact(execution.completedPrerequisites()))
                .put("forced", execution.forced())
                .put("renewed", execution.renewed())
                .put("lease_expires_at", execution.task().data().leaseExpiresAt().map(Object::toString));
    }

    public static Map<String, Object> completed(CompleteTaskUseCase.Result result) {
        return Document.with("task", Rows.compact(result.task()))
                .put("artifact", Rows.artifact(result.artifact()))
                .put("parent_progress", result.parentProgress().map(Rows::progress))
                .put("auto_completed", Rows.ids(result.autoCompleted()))
                .put("unblocked", Rows.ids(result.unblocked()))
                .put("next_task", result.nextTask().map(Rows::compact))
                .map();
    }

    /** The claimed task's execution, or the recommended task, or why there is none. */
    public static Map<String, Object> next(NextTaskUseCase.Result result) {
        if (result.execution().isPresent()) {
            return executionDocument(result.execution().get()).put("found", true).put("open_tasks", result.openTasks())
                    .put("in_progress", result.inProgress()).map();
        }
        return Document.with("found", result.task().isPresent())
                .put("task", result.task().map(Rows::compact))
                .put("open_tasks", result.openTasks())
                .put("in_progress", result.inProgress())
                .put("closest_to_ready", result.task().isPresent() ? Optional.empty()
                        : Optional.of(result.closestToReady().stream().map(Rows::notReady).toList()))
                .map();
    }

    public static Map<String, Object> synthesis(SynthesizeResultsUseCase.Report report) {
        return Document.with("parent", Rows.compact(report.parent()))
                .put("sections", report.sections().stream().map(TaskDocuments::section).toList())
                .put("total", report.total())
                .put("completed", report.completed())
                .put("failed", report.failed())
                .put("cancelled", report.cancelled())
                .put("open", report.open())
                .put("success_rate", report.successRate())
                .put("duration_minutes", report.duration().map(Duration::toMinutes))
                .map();
    }

    private static Map<String, Object> section(SynthesizeResultsUseCase.Section section) {
        return Document.with("specialist_type", section.specialistType())
                .put("outcomes", section.outcomes().stream().map(outcome -> {
                    Map<String, Object> item = Rows.compact(outcome.task());
                    outcome.task().data().summary().ifPresent(summary -> item.put("summary", summary));
                    item.put("artifacts", outcome.artifacts().stream().map(ArtifactMetadata::id)
                            .map(id -> id.value()).toList());
                    return item;
                }).toList())
                .map();
    }

    /** Counts of every status, the total, and the first tasks of each listed status. */
    public static Map<String, Object> status(GetStatusUseCase.StatusReport report) {
        Map<String, Object> tasks = new LinkedHashMap<>();
        report.tasks().entrySet().stream().sorted(Map.Entry.comparingByKey())
                .forEach(entry -> tasks.put(entry.getKey().wire(), Rows.compact(entry.getValue())));
        return Document.with("counts", Rows.counts(report.counts()))
                .put("total", report.total())
                .put("tasks", tasks)
                .map();
    }

    /** A task with every field, its subtasks, artifacts and progress: the task resource. */
    public static Map<String, Object> details(TaskDetails details) {
        return Rows.details(details);
    }

    /** A task's compact row with the trees of its subtasks under {@code subtasks}. */
    public static Map<String, Object> tree(TaskTreeUseCase.TaskTree tree) {
        Map<String, Object> row = Rows.compact(tree.task());
        row.put("subtasks", tree.subtasks().stream().map(TaskDocuments::tree).toList());
        return row;
    }

    /** A task rendered as a role's prompt, with the completed work it builds on. */
    public static Map<String, Object> prompt(TaskPrompt prompt) {
        return Document.with("task", Rows.compact(prompt.task()))
                .put("specialist_type", prompt.role().name())
                .put("prompt", prompt.text())
                .put("built_on", Rows.compact(prompt.builtOn()))
                .map();
    }

    /** An artifact's metadata with its whole content. */
    public static Map<String, Object> artifact(Artifact artifact) {
        Map<String, Object> row = Rows.artifact(artifact.metadata());
        row.put("content", artifact.content());
        return row;
    }

    /** A task's history, oldest first: the history resource. */
    public static Map<String, Object> history(List<TaskEvent> events) {
        return Document.with("events", events.stream().map(Rows::event).toList()).map();
    }
}

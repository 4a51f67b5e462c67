package dev.taskorchestrator.wire;

import dev.taskorchestrator.application.port.in.CancelTaskUseCase;
import dev.taskorchestrator.application.port.in.CompleteTaskUseCase;
import dev.taskorchestrator.application.port.in.DeleteTaskUseCase;
import dev.taskorchestrator.application.port.in.GetStatusUseCase;
import dev.taskorchestrator.application.port.in.NextTaskUseCase;
import dev.taskorchestrator.application.port.in.PlanTaskUseCase;
import dev.taskorchestrator.application.port.in.QueryTasksUseCase;
import dev.taskorchestrator.application.port.in.TaskDetails;
import dev.taskorchestrator.application.port.in.TaskExecution;
import dev.taskorchestrator.application.port.in.UpdateTaskUseCase;
import dev.taskorchestrator.domain.common.WireValues;
import dev.taskorchestrator.domain.task.Task;
import java.util.Collection;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * The short plain-text renderings of the task use cases' results: what a model that reads only
 * text gets beside the structured content, and what a person sees on the terminal.
 */
public final class TaskTexts {

    /** Keys listed in a plan's text; the structured result has them all. */
    static final int KEYS_LISTED = 20;

    private TaskTexts() {
    }

    /** {@code task_... [pending] Title (implementer, high)}. */
    public static String line(Task task) {
        return task.id() + " [" + task.status().wire() + "] " + task.title() + " (" + task.specialistType() + ", "
                + task.priority().wire() + ")";
    }

    public static String lines(Collection<Task> tasks) {
        return tasks.stream().map(task -> "- " + line(task)).collect(Collectors.joining("\n"));
    }

    public static String planned(PlanTaskUseCase.Result result) {
        Task root = result.created().get(0);
        String keys = TaskDocuments.keysInPlanOrder(result).entrySet().stream().limit(KEYS_LISTED)
                .map(entry -> "- " + entry.getKey() + " -> " + entry.getValue()).collect(Collectors.joining("\n"));
        return "Planned " + result.created().size() + " task(s) under " + result.rootId() + " '" + root.title() + "'."
                + (keys.isEmpty() ? "" : "\n" + keys)
                + (result.keys().size() > KEYS_LISTED ? "\n(and " + (result.keys().size() - KEYS_LISTED)
                        + " more keys in the structured result)" : "");
    }

    public static String updated(UpdateTaskUseCase.Result result) {
        return "Updated " + line(result.task()) + "; changed: "
                + (result.changed().isEmpty() ? "nothing" : String.join(", ", result.changed())) + ".";
    }

    public static String deleted(DeleteTaskUseCase.Result result) {
        String action = WireValues.wireOf(result.action());
        return action.substring(0, 1).toUpperCase(Locale.ROOT) + action.substring(1) + " " + result.affected().size()
                + " task(s) from " + result.taskId() + (result.releasedDependents().isEmpty() ? "."
                        : "; released dependents: " + String.join(", ", Rows.ids(result.releasedDependents())) + ".");
    }

    public static String cancelled(CancelTaskUseCase.Result result) {
        return "Cancelled " + line(result.task()) + " (was " + result.previousStatus().wire() + "), "
                + result.cancelledSubtasks().size() + " subtask(s) with it.";
    }

    public static String page(QueryTasksUseCase.Page page) {
        return page.tasks().size() + " task(s)" + page.totalCount().stream().mapToObj(total -> " of " + total)
                .findFirst().orElse("") + (page.tasks().isEmpty() ? "." : ":\n"
                        + lines(page.tasks().stream().map(TaskDetails::task).toList()));
    }

    /** The claim, its lease, and the specialist's prompt to do the work with. */
    public static String execution(TaskExecution execution) {
        return (execution.renewed() ? "Renewed your claim on " : "Claimed ") + line(execution.task())
                + " until " + execution.task().data().leaseExpiresAt().map(Object::toString).orElse("-")
                + (execution.forced() ? " (forced)" : "") + ".\n\n" + execution.prompt();
    }

    public static String completed(CompleteTaskUseCase.Result result) {
        return "Recorded " + line(result.task()) + "; work kept as " + result.artifact().id() + " ("
                + result.artifact().size() + " bytes)."
                + result.parentProgress().map(p -> " Parent: " + p.completed() + "/" + p.total() + " done ("
                        + p.percentage() + "%).").orElse("")
                + (result.autoCompleted().isEmpty() ? "" : " Auto-completed: "
                        + String.join(", ", Rows.ids(result.autoCompleted())) + ".")
                + result.nextTask().map(next -> "\nNext ready: " + line(next)).orElse("");
    }

    public static String next(NextTaskUseCase.Result result) {
        if (result.execution().isPresent()) {
            return execution(result.execution().get());
        }
        return result.task().map(task -> "Next ready: " + line(task)).orElseGet(() -> "No task is ready: "
                + result.openTasks() + " open, " + result.inProgress() + " in progress."
                + (result.closestToReady().isEmpty() ? "" : " Closest to ready:\n" + result.closestToReady().stream()
                        .map(held -> line(held.task()) + ": " + held.explained()).collect(Collectors.joining("\n"))));
    }

    /** Counts of every status, then the tasks listed under each status that has any. */
    public static String status(GetStatusUseCase.StatusReport report) {
        StringBuilder text = new StringBuilder(report.total() + " task(s): ");
        text.append(Rows.counts(report.counts()).entrySet().stream().map(e -> e.getValue() + " " + e.getKey())
                .collect(Collectors.joining(", ")));
        report.tasks().entrySet().stream().sorted(Map.Entry.comparingByKey())
                .filter(entry -> !entry.getValue().isEmpty())
                .forEach(entry -> text.append('\n').append(entry.getKey().wire()).append(":\n")
                        .append(lines(entry.getValue())));
        return text.toString();
    }
}

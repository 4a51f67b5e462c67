package dev.taskorchestrator.application.port.in;

import dev.taskorchestrator.domain.common.Actor;
import dev.taskorchestrator.domain.common.Checks;
import dev.taskorchestrator.domain.common.Limits;
import dev.taskorchestrator.domain.task.Task;
import dev.taskorchestrator.domain.task.TaskId;
import dev.taskorchestrator.domain.task.TaskStatus;
import java.util.List;

/**
 * Cancels a task and its open subtasks. Its artifacts stay (unless {@code preserveWork} is false),
 * and every task that depended on it is told in its history.
 */
public interface CancelTaskUseCase {

    Result cancel(Command command);

    /** @param overrideClaim an operator frees tasks another holds (recorded); an agent may not */
    record Command(TaskId taskId, String reason, boolean preserveWork, Actor actor, boolean overrideClaim) {
        public static final String DEFAULT_REASON = "cancelled by request";
        /** The work done so far is kept unless the caller says to drop it. */
        public static final boolean DEFAULT_PRESERVE_WORK = true;

        public Command {
            Checks.required(taskId, "task_id");
            reason = reason == null || reason.isBlank() ? DEFAULT_REASON : Checks.text(reason, "reason", 1, Limits.REASON_MAX);
            Checks.required(actor, "agent");
        }

        public static Command of(TaskId taskId, String reason, Actor actor) {
            return new Command(taskId, reason, DEFAULT_PRESERVE_WORK, actor, false);
        }
    }

    record Result(Task task, TaskStatus previousStatus, List<TaskId> cancelledSubtasks, List<TaskId> notifiedDependents,
            int artifactsKept, int artifactsRemoved) {
        public Result {
            cancelledSubtasks = List.copyOf(cancelledSubtasks);
            notifiedDependents = List.copyOf(notifiedDependents);
        }
    }
}

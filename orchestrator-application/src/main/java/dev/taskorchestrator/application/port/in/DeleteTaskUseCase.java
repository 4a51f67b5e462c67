package dev.taskorchestrator.application.port.in;

import dev.taskorchestrator.domain.common.Actor;
import dev.taskorchestrator.domain.common.Checks;
import dev.taskorchestrator.domain.task.TaskId;
import java.util.List;

/**
 * Archives a task and its subtasks (the default) or deletes them for good. Refuses while tasks
 * outside them depend on them, unless forced (forcing removes those dependencies), and, as cancel
 * does, while another holds a claim on one of them, unless an operator overrides it.
 */
public interface DeleteTaskUseCase {

    Result delete(Command command);

    /** @param overrideClaim an operator archives or deletes tasks another holds (recorded); an agent may not */
    record Command(TaskId taskId, boolean force, boolean archive, Actor actor, boolean overrideClaim) {
        /** Archiving keeps the history and the work; deleting for good must be asked for. */
        public static final boolean DEFAULT_ARCHIVE = true;
        public static final boolean DEFAULT_FORCE = false;

        public Command {
            Checks.required(taskId, "task_id");
            Checks.required(actor, "agent");
        }

        public static Command archiving(TaskId taskId, Actor actor) {
            return new Command(taskId, DEFAULT_FORCE, DEFAULT_ARCHIVE, actor, false);
        }
    }

    enum Action { ARCHIVED, DELETED }

    /** What was done, to which tasks (the task and its subtasks), and which dependents were released. */
    record Result(TaskId taskId, Action action, List<TaskId> affected, List<TaskId> releasedDependents) {
        public Result {
            affected = List.copyOf(affected);
            releasedDependents = List.copyOf(releasedDependents);
        }
    }
}

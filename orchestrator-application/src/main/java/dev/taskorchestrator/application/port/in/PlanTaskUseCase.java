package dev.taskorchestrator.application.port.in;

import dev.taskorchestrator.domain.common.Checks;
import dev.taskorchestrator.domain.session.SessionId;
import dev.taskorchestrator.domain.task.Task;
import dev.taskorchestrator.domain.task.TaskId;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Stores a task with its whole tree of subtasks and their dependencies, in one transaction. */
public interface PlanTaskUseCase {

    Result plan(Command command);

    /**
     * @param parentId where to attach the plan, if under an existing task
     * @param autoCompleteParent complete each parent of the plan by itself once all its subtasks are done
     */
    record Command(PlannedTask root, Optional<TaskId> parentId, Optional<SessionId> sessionId, boolean autoCompleteParent) {
        public Command {
            Checks.required(root, "title");
            Checks.required(parentId, "parent_task_id");
            Checks.required(sessionId, "session_id");
        }

        public static Command of(PlannedTask root) {
            return new Command(root, Optional.empty(), Optional.empty(), false);
        }
    }

    /** The root's id, each key's id, and every created task (root first, then depth-first). */
    record Result(TaskId rootId, Map<String, TaskId> keys, List<Task> created) {
        public Result {
            keys = Map.copyOf(keys);
            created = List.copyOf(created);
        }
    }
}

package dev.taskorchestrator.application.port.in;

import dev.taskorchestrator.domain.common.Actor;
import dev.taskorchestrator.domain.common.Checks;
import dev.taskorchestrator.domain.session.Session;
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
     * @param sessionId the session the plan belongs to; without one, the parent's, else the open
     *     session of {@code workspace}, else none
     * @param workspace the workspace the plan is made in
     * @param autoCompleteParent complete each parent of the plan by itself once all its subtasks are done
     * @param actor who plans, recorded in each task's history
     */
    record Command(PlannedTask root, Optional<TaskId> parentId, Optional<SessionId> sessionId, Optional<String> workspace,
            boolean autoCompleteParent, Actor actor) {
        public Command {
            Checks.required(root, "title");
            Checks.required(parentId, "parent_task_id");
            Checks.required(sessionId, "session_id");
            workspace = Checks.required(workspace, "workspace").map(path -> Session.workspaceKey(path, "workspace"));
            Checks.required(actor, "agent");
        }

        public static Command of(PlannedTask root, Actor actor) {
            return new Command(root, Optional.empty(), Optional.empty(), Optional.empty(), false, actor);
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

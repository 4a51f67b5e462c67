package dev.taskorchestrator.application.port.in;

import dev.taskorchestrator.domain.common.Actor;
import dev.taskorchestrator.domain.common.Checks;
import dev.taskorchestrator.domain.common.Limits;
import dev.taskorchestrator.domain.common.OrchestratorException;
import dev.taskorchestrator.domain.session.SessionId;
import dev.taskorchestrator.domain.task.NotReady;
import dev.taskorchestrator.domain.task.Priority;
import dev.taskorchestrator.domain.task.Task;
import dev.taskorchestrator.domain.task.TaskId;
import dev.taskorchestrator.domain.task.TaskType;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Recommends the best ready task: open plans first, then priority, then the longest chain of
 * tasks waiting on it, then age. With {@code claim}, claims it for the agent in the same
 * transaction, so two agents never get the same task.
 */
public interface NextTaskUseCase {

    Result next(Query query);

    /**
     * @param under only tasks below this one (its subtasks, theirs, and so on)
     * @param actor who claims the task, when {@code claim}
     * @param lease how long a claim lasts; empty for the server's default
     */
    record Query(Optional<SessionId> sessionId, Optional<String> specialistType, Optional<TaskId> under,
            Set<Priority> priorities, Set<TaskType> taskTypes, boolean claim, Optional<Actor> actor,
            Optional<Duration> lease) {
        public Query {
            Checks.required(sessionId, "session_id");
            specialistType = Checks.optionalText(specialistType, "specialist_type", Limits.SHORT_TEXT_MAX);
            Checks.required(under, "parent_task_id");
            priorities = Set.copyOf(Checks.required(priorities, "priority"));
            taskTypes = Set.copyOf(Checks.required(taskTypes, "task_type"));
            Checks.required(actor, "agent");
            if (claim && actor.isEmpty()) {
                throw OrchestratorException.invalid("agent", "agent is required when claim is true");
            }
            ExecuteTaskUseCase.checkLease(lease);
        }

        public Query(Optional<SessionId> sessionId, Optional<String> specialistType, boolean claim,
                Optional<Actor> actor) {
            this(sessionId, specialistType, Optional.empty(), Set.of(), Set.of(), claim, actor, Optional.empty());
        }

        public static Query any() {
            return new Query(Optional.empty(), Optional.empty(), false, Optional.empty());
        }
    }

    /**
     * The recommended task (and its execution, when claimed), or, when there is none, why: how
     * many open tasks there are, how many of them are in progress (both 0 when a task is found),
     * and the open tasks closest to ready with what holds each.
     */
    record Result(Optional<Task> task, Optional<TaskExecution> execution, long openTasks, long inProgress,
            List<NotReady> closestToReady) {
        public Result {
            closestToReady = List.copyOf(closestToReady);
        }

        public Result(Optional<Task> task, Optional<TaskExecution> execution, long openTasks, long inProgress) {
            this(task, execution, openTasks, inProgress, List.of());
        }
    }
}

package dev.taskorchestrator.application.port.in;

import dev.taskorchestrator.domain.common.Actor;
import dev.taskorchestrator.domain.common.Checks;
import dev.taskorchestrator.domain.common.Limits;
import dev.taskorchestrator.domain.common.OrchestratorException;
import dev.taskorchestrator.domain.session.SessionId;
import dev.taskorchestrator.domain.task.Task;
import java.util.Optional;

/**
 * Recommends the best ready task: open plans first, then priority, then the longest chain of
 * tasks waiting on it, then age. With {@code claim}, claims it for the agent in the same
 * transaction, so two agents never get the same task.
 */
public interface NextTaskUseCase {

    Result next(Query query);

    /** @param actor who claims the task, when {@code claim} */
    record Query(Optional<SessionId> sessionId, Optional<String> specialistType, boolean claim, Optional<Actor> actor) {
        public Query {
            Checks.required(sessionId, "session_id");
            specialistType = Checks.optionalText(specialistType, "specialist_type", Limits.SHORT_TEXT_MAX);
            Checks.required(actor, "agent");
            if (claim && actor.isEmpty()) {
                throw OrchestratorException.invalid("agent", "agent is required when claim is true");
            }
        }

        public static Query any() {
            return new Query(Optional.empty(), Optional.empty(), false, Optional.empty());
        }
    }

    /**
     * The recommended task (and its execution, when claimed), or, when there is none, why: how
     * many open tasks there are and how many of them are in progress (both 0 when a task is found).
     */
    record Result(Optional<Task> task, Optional<TaskExecution> execution, long openTasks, long inProgress) {
    }
}

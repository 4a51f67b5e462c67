package dev.taskorchestrator.application.port.in;

import dev.taskorchestrator.domain.common.Checks;
import dev.taskorchestrator.domain.session.SessionId;
import dev.taskorchestrator.domain.task.Task;
import dev.taskorchestrator.domain.task.TaskStatus;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Counts tasks by status and lists the most relevant ones in each. */
public interface GetStatusUseCase {

    StatusReport status(Query query);

    record Query(Optional<SessionId> sessionId, boolean includeCompleted, int limitPerStatus) {
        public static final int DEFAULT_LIMIT = 10;
        public static final int MAX_LIMIT = 100;

        public Query {
            Checks.required(sessionId, "session_id");
            Checks.range(limitPerStatus, "limit", 1, MAX_LIMIT);
        }

        public static Query all() {
            return new Query(Optional.empty(), false, DEFAULT_LIMIT);
        }
    }

    /** Counts of every status (zero included) and, per listed status, its first tasks. */
    record StatusReport(Map<TaskStatus, Long> counts, Map<TaskStatus, List<Task>> tasks, long total) {
        public StatusReport {
            counts = Map.copyOf(counts);
            tasks = Map.copyOf(tasks);
        }
    }
}

package dev.taskorchestrator.application.port.in;

import dev.taskorchestrator.domain.common.Checks;
import dev.taskorchestrator.domain.task.TaskEvent;
import dev.taskorchestrator.domain.task.TaskId;
import java.util.List;

/** A task's history, oldest first; kept after the task is deleted. */
public interface TaskHistoryUseCase {

    List<TaskEvent> history(Query query);

    record Query(TaskId taskId, int limit) {
        public static final int MAX_LIMIT = 1_000;

        public Query {
            Checks.required(taskId, "task_id");
            Checks.range(limit, "limit", 1, MAX_LIMIT);
        }
    }
}

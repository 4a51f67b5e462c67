package dev.taskorchestrator.application.port.in;

import dev.taskorchestrator.domain.session.Session;
import dev.taskorchestrator.domain.task.TaskStatus;
import java.util.Map;

/** A session with the number of its tasks in each status. */
public record SessionDetails(Session session, Map<TaskStatus, Long> taskCounts) {

    public SessionDetails {
        taskCounts = Map.copyOf(taskCounts);
    }

    public long totalTasks() {
        return taskCounts.values().stream().mapToLong(Long::longValue).sum();
    }

    /** The share of this session's tasks that are completed, 0-100. */
    public int progressPercent() {
        long total = totalTasks();
        return total == 0 ? 0 : (int) (100 * taskCounts.getOrDefault(TaskStatus.COMPLETED, 0L) / total);
    }
}

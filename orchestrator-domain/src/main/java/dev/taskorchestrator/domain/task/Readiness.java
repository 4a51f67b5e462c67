package dev.taskorchestrator.domain.task;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Whether a task's prerequisites are all done; a prerequisite that no longer exists counts as unmet. */
public final class Readiness {

    private Readiness() {
    }

    public static List<TaskId> unmetPrerequisites(Task task, Map<TaskId, Task> prerequisites) {
        return task.dependencies().stream()
                .filter(id -> !Optional.ofNullable(prerequisites.get(id)).map(Readiness::isDone).orElse(false))
                .toList();
    }

    public static boolean isReady(Task task, Map<TaskId, Task> prerequisites) {
        return unmetPrerequisites(task, prerequisites).isEmpty();
    }

    /** Completed, or completed and since archived. */
    public static boolean isDone(Task task) {
        return task.status() == TaskStatus.COMPLETED
                || (task.status() == TaskStatus.ARCHIVED && task.data().completedAt().isPresent());
    }
}

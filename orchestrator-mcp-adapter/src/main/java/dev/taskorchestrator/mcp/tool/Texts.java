package dev.taskorchestrator.mcp.tool;

import dev.taskorchestrator.domain.task.Task;
import java.util.Collection;
import java.util.stream.Collectors;

/** The short text renderings of tasks that accompany structured results. */
final class Texts {

    private Texts() {
    }

    /** {@code task_... [pending] Title (implementer, high)}. */
    static String line(Task task) {
        return task.id() + " [" + task.status().wire() + "] " + task.title() + " (" + task.specialistType() + ", "
                + task.priority().wire() + ")";
    }

    static String lines(Collection<Task> tasks) {
        return tasks.stream().map(task -> "- " + line(task)).collect(Collectors.joining("\n"));
    }
}

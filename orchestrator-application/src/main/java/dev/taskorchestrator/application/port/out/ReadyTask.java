package dev.taskorchestrator.application.port.out;

import dev.taskorchestrator.domain.task.Priority;
import dev.taskorchestrator.domain.task.TaskId;
import java.time.Instant;
import java.util.Objects;

/**
 * A ready task as the store ranks it, without the rest of the task: ranking a window of them
 * needs these four facts only, and loading each in full was most of a next-task call.
 *
 * @param planOpen whether its parent is in progress (a plan under way)
 */
public record ReadyTask(TaskId id, Priority priority, Instant createdAt, boolean planOpen) {
    public ReadyTask {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(priority, "priority");
        Objects.requireNonNull(createdAt, "createdAt");
    }
}

package dev.taskorchestrator.domain.task;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/** One entry of a task's history. */
public record TaskEvent(TaskId taskId, TaskEventType type, Instant at, Optional<String> actor, String detail) {

    public TaskEvent {
        Objects.requireNonNull(taskId, "taskId");
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(at, "at");
        Objects.requireNonNull(actor, "actor");
        Objects.requireNonNull(detail, "detail");
    }
}

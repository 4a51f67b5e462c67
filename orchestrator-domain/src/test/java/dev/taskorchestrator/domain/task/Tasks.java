package dev.taskorchestrator.domain.task;

import java.time.Instant;
import java.util.concurrent.atomic.AtomicInteger;

/** Small helpers for domain tests (the testkit's builders depend on the application, so not here). */
final class Tasks {

    static final Instant T0 = Instant.parse("2026-01-05T09:00:00Z");
    private static final AtomicInteger COUNTER = new AtomicInteger();

    private Tasks() {
    }

    static TaskId id() {
        return new TaskId(String.format("task_%012d", COUNTER.incrementAndGet()));
    }

    static TaskId id(String name) {
        return new TaskId("task_" + name);
    }

    static Task pending() {
        return Task.create(id(), NewTask.titled("a task"), T0);
    }

    /** A task brought to {@code status} through legal moves only. */
    static Task in(TaskStatus status) {
        Task task = pending();
        return switch (status) {
            case PENDING -> task;
            case IN_PROGRESS -> task.moveTo(TaskStatus.IN_PROGRESS, java.util.Optional.empty(), T0);
            case BLOCKED -> task.moveTo(TaskStatus.BLOCKED, java.util.Optional.empty(), T0);
            case COMPLETED -> task.complete("done", T0);
            case FAILED -> task.moveTo(TaskStatus.IN_PROGRESS, java.util.Optional.empty(), T0)
                    .moveTo(TaskStatus.FAILED, java.util.Optional.of("broke"), T0);
            case CANCELLED -> task.cancel("not needed", T0);
            case ARCHIVED -> task.cancel("not needed", T0).moveTo(TaskStatus.ARCHIVED, java.util.Optional.empty(), T0);
        };
    }
}

package dev.taskorchestrator.application.service;

import dev.taskorchestrator.application.port.out.EventLog;
import dev.taskorchestrator.domain.task.TaskEvent;
import dev.taskorchestrator.domain.task.TaskEventType;
import dev.taskorchestrator.domain.task.TaskId;
import java.time.Instant;
import java.util.Optional;

/** Appends to a task's history with one short call. */
final class History {

    private final EventLog log;

    History(EventLog log) {
        this.log = log;
    }

    void record(TaskId task, TaskEventType type, Instant at, Optional<String> actor, String detail) {
        log.append(new TaskEvent(task, type, at, actor, detail));
    }
}

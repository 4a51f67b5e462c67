package dev.taskorchestrator.testkit;

import dev.taskorchestrator.application.port.out.ArtifactStore;
import dev.taskorchestrator.application.port.out.EventLog;
import dev.taskorchestrator.application.port.out.LifecycleStore;
import dev.taskorchestrator.application.port.out.RequestLog;
import dev.taskorchestrator.application.port.out.SessionRepository;
import dev.taskorchestrator.application.port.out.TaskRepository;
import dev.taskorchestrator.application.port.out.UnitOfWork;

/** The storage ports of one adapter, sharing one database: what every contract test gets to work on. */
public record StorePorts(
        TaskRepository tasks,
        SessionRepository sessions,
        ArtifactStore artifacts,
        EventLog events,
        LifecycleStore lifecycle,
        RequestLog requests,
        UnitOfWork unitOfWork) {
}

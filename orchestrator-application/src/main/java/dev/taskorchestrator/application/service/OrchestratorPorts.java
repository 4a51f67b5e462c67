package dev.taskorchestrator.application.service;

import dev.taskorchestrator.application.port.out.ArtifactStore;
import dev.taskorchestrator.application.port.out.EventLog;
import dev.taskorchestrator.application.port.out.IdGenerator;
import dev.taskorchestrator.application.port.out.LifecycleStore;
import dev.taskorchestrator.application.port.out.RoleCatalog;
import dev.taskorchestrator.application.port.out.SessionRepository;
import dev.taskorchestrator.application.port.out.TaskRepository;
import dev.taskorchestrator.application.port.out.TemplateCatalog;
import dev.taskorchestrator.application.port.out.UnitOfWork;
import java.time.Clock;
import java.util.Objects;

/** Every driven port the core needs; an embedder or the composition root fills it with adapters. */
public record OrchestratorPorts(
        TaskRepository tasks,
        SessionRepository sessions,
        ArtifactStore artifacts,
        EventLog events,
        RoleCatalog roles,
        TemplateCatalog templates,
        LifecycleStore lifecycle,
        UnitOfWork unitOfWork,
        IdGenerator ids,
        Clock clock) {

    public OrchestratorPorts {
        Objects.requireNonNull(tasks, "tasks");
        Objects.requireNonNull(sessions, "sessions");
        Objects.requireNonNull(artifacts, "artifacts");
        Objects.requireNonNull(events, "events");
        Objects.requireNonNull(roles, "roles");
        Objects.requireNonNull(templates, "templates");
        Objects.requireNonNull(lifecycle, "lifecycle");
        Objects.requireNonNull(unitOfWork, "unitOfWork");
        Objects.requireNonNull(ids, "ids");
        Objects.requireNonNull(clock, "clock");
    }
}

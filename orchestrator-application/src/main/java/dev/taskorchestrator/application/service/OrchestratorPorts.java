package dev.taskorchestrator.application.service;

import dev.taskorchestrator.application.port.out.ArtifactStore;
import dev.taskorchestrator.application.port.out.EventLog;
import dev.taskorchestrator.application.port.out.HostProbe;
import dev.taskorchestrator.application.port.out.IdGenerator;
import dev.taskorchestrator.application.port.out.LifecycleStore;
import dev.taskorchestrator.application.port.out.RequestLog;
import dev.taskorchestrator.application.port.out.RoleCatalog;
import dev.taskorchestrator.application.port.out.ServerRuntime;
import dev.taskorchestrator.application.port.out.SessionRepository;
import dev.taskorchestrator.application.port.out.StoreHealth;
import dev.taskorchestrator.application.port.out.TaskRepository;
import dev.taskorchestrator.application.port.out.TemplateCatalog;
import dev.taskorchestrator.application.port.out.TemplateSyntax;
import dev.taskorchestrator.application.port.out.UnitOfWork;
import java.time.Clock;
import java.util.Objects;
import java.util.Optional;

/**
 * Every driven port the core needs; an embedder or the composition root fills it with adapters.
 * {@code host} is optional: without it, the health check leaves out disk, memory and uptime, and
 * other instances are told dead by their heartbeat alone. {@code runtime} is the server process
 * around the core: without it (a core embedded in another program) there is nothing to restart.
 */
public record OrchestratorPorts(
        TaskRepository tasks,
        SessionRepository sessions,
        ArtifactStore artifacts,
        EventLog events,
        RoleCatalog roles,
        TemplateCatalog templates,
        TemplateSyntax templateSyntax,
        LifecycleStore lifecycle,
        UnitOfWork unitOfWork,
        IdGenerator ids,
        Clock clock,
        StoreHealth storeHealth,
        RequestLog requests,
        Optional<HostProbe> host,
        Optional<ServerRuntime> runtime) {

    public OrchestratorPorts {
        Objects.requireNonNull(tasks, "tasks");
        Objects.requireNonNull(sessions, "sessions");
        Objects.requireNonNull(artifacts, "artifacts");
        Objects.requireNonNull(events, "events");
        Objects.requireNonNull(roles, "roles");
        Objects.requireNonNull(templates, "templates");
        Objects.requireNonNull(templateSyntax, "templateSyntax");
        Objects.requireNonNull(lifecycle, "lifecycle");
        Objects.requireNonNull(unitOfWork, "unitOfWork");
        Objects.requireNonNull(ids, "ids");
        Objects.requireNonNull(clock, "clock");
        Objects.requireNonNull(storeHealth, "storeHealth");
        Objects.requireNonNull(requests, "requests");
        Objects.requireNonNull(host, "host");
        Objects.requireNonNull(runtime, "runtime");
    }

    /** The ports of a core without a host probe or a server around it. */
    public OrchestratorPorts(TaskRepository tasks, SessionRepository sessions, ArtifactStore artifacts, EventLog events,
            RoleCatalog roles, TemplateCatalog templates, TemplateSyntax templateSyntax, LifecycleStore lifecycle,
            UnitOfWork unitOfWork, IdGenerator ids, Clock clock, StoreHealth storeHealth, RequestLog requests) {
        this(tasks, sessions, artifacts, events, roles, templates, templateSyntax, lifecycle, unitOfWork, ids, clock, storeHealth,
                requests, Optional.empty(), Optional.empty());
    }

    /** Likewise, on a store that keeps no request ids: a call with one is refused. */
    public OrchestratorPorts(TaskRepository tasks, SessionRepository sessions, ArtifactStore artifacts, EventLog events,
            RoleCatalog roles, TemplateCatalog templates, TemplateSyntax templateSyntax, LifecycleStore lifecycle,
            UnitOfWork unitOfWork, IdGenerator ids, Clock clock, StoreHealth storeHealth) {
        this(tasks, sessions, artifacts, events, roles, templates, templateSyntax, lifecycle, unitOfWork, ids, clock, storeHealth,
                RequestLog.none());
    }

    /** The same ports with the process's host facts, for the health check. */
    public OrchestratorPorts withHost(HostProbe probe) {
        return new OrchestratorPorts(tasks, sessions, artifacts, events, roles, templates, templateSyntax, lifecycle, unitOfWork, ids,
                clock, storeHealth, requests, Optional.of(probe), runtime);
    }

    /** The same ports with the server process around the core, for restarts and the shutdown check. */
    public OrchestratorPorts withRuntime(ServerRuntime server) {
        return new OrchestratorPorts(tasks, sessions, artifacts, events, roles, templates, templateSyntax, lifecycle, unitOfWork, ids,
                clock, storeHealth, requests, host, Optional.of(server));
    }
}

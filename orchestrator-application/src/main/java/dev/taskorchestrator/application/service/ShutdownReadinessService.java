package dev.taskorchestrator.application.service;

import dev.taskorchestrator.application.port.in.HealthCheckUseCase;
import dev.taskorchestrator.application.port.in.ShutdownReadinessUseCase;
import dev.taskorchestrator.application.port.out.ServerRuntime;
import dev.taskorchestrator.application.port.out.TaskFilter;
import dev.taskorchestrator.application.port.out.TaskRepository;
import dev.taskorchestrator.application.port.out.UnitOfWork;
import dev.taskorchestrator.domain.task.TaskStatus;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

final class ShutdownReadinessService implements ShutdownReadinessUseCase {

    /** Tasks in progress listed at most; the count covers them all. */
    static final int LISTED = 10;

    private final TaskRepository tasks;
    private final HealthChecks health;
    private final Optional<ServerRuntime> runtime;
    private final UnitOfWork unitOfWork;

    ShutdownReadinessService(TaskRepository tasks, HealthChecks health, Optional<ServerRuntime> runtime,
            UnitOfWork unitOfWork) {
        this.tasks = tasks;
        this.health = health;
        this.runtime = runtime;
        this.unitOfWork = unitOfWork;
    }

    @Override
    public Readiness check(Query query) {
        List<String> blocking = new ArrayList<>();
        Optional<ActiveTasks> active = Optional.empty();
        if (query.activeTasks()) {
            TaskFilter inProgress = TaskFilter.any().withStatuses(Set.of(TaskStatus.IN_PROGRESS));
            ActiveTasks found = unitOfWork.inReadTransaction(() -> new ActiveTasks(tasks.count(inProgress),
                    tasks.query(inProgress, Optional.empty(), LISTED).tasks()));
            if (found.inProgress() > 0) {
                blocking.add(found.inProgress() + " task(s) in progress would lose their agents' attention");
            }
            active = Optional.of(found);
        }
        Optional<List<HealthCheckUseCase.Check>> database = Optional.empty();
        if (query.database()) {
            List<HealthCheckUseCase.Check> checks = health.database();
            checks.stream().filter(check -> !check.ok()).forEach(check -> blocking.add("database check " + check.name()
                    + " failed: " + check.figure()));
            database = Optional.of(checks);
        }
        Optional<Connections> connections = Optional.empty();
        if (query.connections()) {
            ServerRuntime.Activity activity = runtime.map(ServerRuntime::activity).orElse(ServerRuntime.Activity.IN_PROCESS);
            Connections found = new Connections(activity.transport(), activity.connectedClients(),
                    activity.otherCalls());
            if (found.otherCallsInFlight() > 0) {
                blocking.add(found.otherCallsInFlight() + " other call(s) in flight");
            }
            int otherClients = Math.max(0, found.connectedClients() - 1);
            if (otherClients > 0) {
                blocking.add(otherClients + " other client(s) connected");
            }
            connections = Optional.of(found);
        }
        return new Readiness(blocking, active, database, connections);
    }
}

package dev.taskorchestrator.application.port.in;

import dev.taskorchestrator.domain.common.Checks;
import dev.taskorchestrator.domain.task.Task;
import java.util.List;
import java.util.Optional;

/**
 * Whether stopping or restarting the server now would interrupt anything: tasks in progress, other
 * calls or clients on the transport, a database that does not answer or fails its integrity check.
 */
public interface ShutdownReadinessUseCase {

    Readiness check(Query query);

    record Query(boolean activeTasks, boolean database, boolean connections) {
        public static final Query ALL = new Query(true, true, true);
    }

    /** How many tasks are in progress, and the first of them. */
    record ActiveTasks(long inProgress, List<Task> tasks) {
        public ActiveTasks {
            tasks = List.copyOf(tasks);
        }
    }

    /** The transport, its clients, and the calls in flight beside the asking one. */
    record Connections(String transport, int connectedClients, int otherCallsInFlight) {
    }

    /** Ready when nothing blocks; each part is present when the query asked for it. */
    record Readiness(List<String> blocking, Optional<ActiveTasks> activeTasks,
            Optional<List<HealthCheckUseCase.Check>> database, Optional<Connections> connections) {
        public Readiness {
            blocking = List.copyOf(blocking);
            Checks.required(activeTasks, "active_tasks");
            database = Checks.required(database, "database").map(List::copyOf);
            Checks.required(connections, "connections");
        }

        public boolean ready() {
            return blocking.isEmpty();
        }
    }
}

package dev.taskorchestrator.application.port.in;

import dev.taskorchestrator.domain.common.Checks;
import dev.taskorchestrator.domain.reboot.InstanceState;
import dev.taskorchestrator.domain.reboot.LifecycleEntry;
import dev.taskorchestrator.domain.reboot.RestartRecord;
import dev.taskorchestrator.domain.reboot.ServerInstance;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/** Where the servers of the store stand: this process's instance, every instance, their history and restarts. */
public interface LifecycleStatusUseCase {

    Status status(Query query);

    record Query(int historyLimit) {
        public static final int MAX_HISTORY = 200;

        public Query {
            Checks.range(historyLimit, "limit", 1, MAX_HISTORY);
        }
    }

    /** An instance and what it is now: live, stopped, dead awaiting recovery, or recovered. */
    record InstanceStatus(ServerInstance instance, InstanceState state) {
        public InstanceStatus {
            Objects.requireNonNull(instance, "instance");
            Objects.requireNonNull(state, "state");
        }
    }

    /**
     * @param self this process's instance, if it runs a server
     * @param history lifecycle records of every instance, most recent first
     * @param instances the most recently started instances first
     * @param restarts starts and restarts, most recent first
     */
    record Status(Optional<ServerInstance> self, List<LifecycleEntry> history, List<InstanceStatus> instances,
            List<RestartRecord> restarts) {
        public Status {
            Checks.required(self, "self");
            history = List.copyOf(history);
            instances = List.copyOf(instances);
            restarts = List.copyOf(restarts);
        }
    }
}

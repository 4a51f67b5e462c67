package dev.taskorchestrator.application.port.in;

import dev.taskorchestrator.domain.common.Checks;
import dev.taskorchestrator.domain.reboot.PhaseTiming;
import dev.taskorchestrator.domain.reboot.RestartReason;
import java.time.Duration;
import java.util.List;
import java.util.Optional;

/**
 * Restarts the server in-process while its clients stay connected: the shutdown phases (maintenance
 * with the calls in flight drained, a checkpoint, the store closed), then the store reopened and
 * migrated and the start phases (claims resumed). A restart that fails before the store is closed
 * leaves the server running as it was. Only a server has a restart: a core without a server runtime
 * refuses it.
 */
public interface RestartServerUseCase {

    Report restart(Command command);

    /** @param timeout how long calls in flight may take to finish, 10-300 s */
    record Command(boolean graceful, boolean preserveState, Duration timeout, RestartReason reason) {
        public static final Duration DEFAULT_TIMEOUT = Duration.ofSeconds(30);

        public Command {
            Checks.required(timeout, "timeout");
            Checks.range((int) Math.min(Integer.MAX_VALUE, timeout.toSeconds()), "timeout", 10, 300);
            Checks.required(reason, "reason");
        }
    }

    record Report(boolean success, List<PhaseTiming> phases, Duration total, Optional<String> error) {
        public Report {
            phases = List.copyOf(phases);
        }
    }
}

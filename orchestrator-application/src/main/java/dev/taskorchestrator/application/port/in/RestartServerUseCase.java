package dev.taskorchestrator.application.port.in;

import dev.taskorchestrator.domain.common.Checks;
import dev.taskorchestrator.domain.reboot.LifecyclePhase;
import dev.taskorchestrator.domain.reboot.RestartReason;
import java.time.Duration;
import java.util.List;
import java.util.Optional;

/**
 * Restarts the server in-process while its clients stay connected: the shutdown phases (maintenance,
 * draining, checkpoint, closing the database), then the start phases (reloading, reopening and
 * migrating, resuming claims). Implemented where the server's parts are put together, since it
 * closes and rebuilds them.
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

    /** One phase and how long it took. */
    record PhaseTiming(LifecyclePhase phase, Duration took) {
    }

    record Report(boolean success, List<PhaseTiming> phases, Duration total, Optional<String> error) {
        public Report {
            phases = List.copyOf(phases);
        }
    }
}

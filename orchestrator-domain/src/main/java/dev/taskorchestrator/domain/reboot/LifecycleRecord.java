package dev.taskorchestrator.domain.reboot;

import dev.taskorchestrator.domain.common.OrchestratorException;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * The persisted form of the lifecycle: the phase code, when it was entered, how many restarts
 * have been begun, and the last error with the phase it happened in.
 */
public record LifecycleRecord(
        LifecyclePhase phase,
        Instant enteredAt,
        int restarts,
        Optional<String> lastError,
        Optional<LifecyclePhase> failedIn) {

    public LifecycleRecord {
        Objects.requireNonNull(phase, "phase");
        Objects.requireNonNull(enteredAt, "enteredAt");
        Objects.requireNonNull(lastError, "lastError");
        Objects.requireNonNull(failedIn, "failedIn");
        if (restarts < 0) {
            throw OrchestratorException.internal("lifecycle restarts is never negative");
        }
    }
}

package dev.taskorchestrator.domain.reboot;

import java.time.Duration;
import java.util.Objects;

/** One phase of a start or restart and how long it took. */
public record PhaseTiming(LifecyclePhase phase, Duration took) {

    public PhaseTiming {
        Objects.requireNonNull(phase, "phase");
        Objects.requireNonNull(took, "took");
    }
}

package dev.taskorchestrator.domain.reboot;

import dev.taskorchestrator.domain.common.Checks;
import dev.taskorchestrator.domain.common.WireValue;
import dev.taskorchestrator.domain.common.WireValues;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * One start of an instance or one restart in place, as it is kept: why (a restart's reason), its
 * phases with their durations, how long it took in all, and how it ended.
 *
 * @param recovered the dead instances this start recovered
 */
public record RestartRecord(InstanceId instance, Kind kind, Optional<RestartReason> reason, Instant began, Duration took,
        List<PhaseTiming> phases, boolean succeeded, Optional<String> error, List<InstanceId> recovered) {

    /** A process's start, or a restart in place while its clients stay connected. */
    public enum Kind implements WireValue {
        START, RESTART;

        @Override
        public String wire() {
            return WireValues.wireOf(this);
        }
    }

    public RestartRecord {
        Objects.requireNonNull(instance, "instance");
        Objects.requireNonNull(kind, "kind");
        Checks.required(reason, "reason");
        Objects.requireNonNull(began, "began");
        Objects.requireNonNull(took, "took");
        phases = List.copyOf(phases);
        Checks.required(error, "error");
        recovered = List.copyOf(recovered);
    }
}

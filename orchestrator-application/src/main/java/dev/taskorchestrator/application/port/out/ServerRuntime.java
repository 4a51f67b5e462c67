package dev.taskorchestrator.application.port.out;

import dev.taskorchestrator.domain.reboot.InstanceId;
import dev.taskorchestrator.domain.reboot.PhaseTiming;
import dev.taskorchestrator.domain.reboot.RestartReason;
import dev.taskorchestrator.domain.reboot.RestartRecord;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * The server process around the core, as a restart walks it and a shutdown check reads it: the
 * transport's traffic, draining it, and the store the core runs on. The composition root
 * implements it; a core embedded in another program has none (and cannot restart itself).
 */
public interface ServerRuntime {

    /** The calls being handled or queued (the asking one included), the clients connected, the transport. */
    Activity activity();

    /** Waits up to {@code timeout} for the calls in flight beside the asking one to end; returns how many still run. */
    int drain(Duration timeout);

    /** Writes back to the store's files what it still holds in logs or memory. */
    void checkpoint();

    /** Closes the store: this core's ports fail from now on. */
    void closeStore();

    /** Whether the store this core runs on is open (false after a restart failed once it was closed). */
    boolean storeOpen();

    /** Opens the store again, migrating it, with a new core on it that does not serve yet. */
    void reopenStore();

    /**
     * Starts the reopened core as the continuation of {@code restart} and lets it serve; returns the
     * restart as that core recorded it. If the start fails, the reopened store is closed again.
     */
    RestartRecord startReopened(Continuation restart);

    /** A restart under way: whose, why, since when, and the phases it has been through. */
    record Continuation(InstanceId instance, RestartReason reason, Instant began, List<PhaseTiming> phases) {

        public Continuation {
            Objects.requireNonNull(instance, "instance");
            Objects.requireNonNull(reason, "reason");
            Objects.requireNonNull(began, "began");
            phases = List.copyOf(phases);
        }
    }

    /** What a transport can tell about its traffic. */
    record Activity(int callsInFlight, int connectedClients, String transport) {

        /** A core called in-process: this call, no client, no transport. */
        public static final Activity IN_PROCESS = new Activity(1, 0, "in-process");

        /** The calls in flight besides the one that asks: a restart or a stop waits for these. */
        public int otherCalls() {
            return Math.max(0, callsInFlight - 1);
        }
    }
}

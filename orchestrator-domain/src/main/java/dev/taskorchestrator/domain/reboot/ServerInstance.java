package dev.taskorchestrator.domain.reboot;

import dev.taskorchestrator.domain.common.Checks;
import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * One server process registered in the store: where it runs, when it started, the heartbeat it
 * refreshes, its own lifecycle and, once a later start found it dead, which instance recovered it.
 * Several instances may share one store (two agent windows on a workspace, a team's servers on one
 * PostgreSQL); each has its own lifecycle, so no instance ever reports another as crashed while it runs.
 */
public record ServerInstance(InstanceId id, long pid, String host, Instant startedAt, Instant heartbeatAt,
        LifecycleRecord lifecycle, Optional<InstanceId> recoveredBy) {

    public ServerInstance {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(host, "host");
        Objects.requireNonNull(startedAt, "startedAt");
        Objects.requireNonNull(heartbeatAt, "heartbeatAt");
        Objects.requireNonNull(lifecycle, "lifecycle");
        Checks.required(recoveredBy, "recovered_by");
    }

    /** A new instance at its start: its heartbeat is its start, its lifecycle that of a clean stop before it. */
    public static ServerInstance registered(InstanceId id, long pid, String host, Instant now, int restartsSoFar) {
        return new ServerInstance(id, pid, host, now, now, new LifecycleRecord(LifecyclePhase.STOPPED, now, restartsSoFar,
                Optional.empty(), Optional.empty()), Optional.empty());
    }

    /**
     * What this instance is now. Dead means gone without a clean stop and not yet recovered: its
     * process is known to be gone or, where that cannot be told (another machine), its heartbeat has
     * been silent for longer than {@code silence}. A process seen alive on this machine is never
     * dead, however late its heartbeat.
     */
    public InstanceState state(Instant now, Duration silence, ProcessState process) {
        if (recoveredBy.isPresent()) {
            return InstanceState.RECOVERED;
        }
        if (lifecycle.phase() == LifecyclePhase.STOPPED) {
            return InstanceState.STOPPED;
        }
        boolean dead = process == ProcessState.GONE
                || process == ProcessState.UNKNOWN && heartbeatAt.plus(silence).isBefore(now);
        return dead ? InstanceState.DEAD : InstanceState.LIVE;
    }

    public ServerInstance withLifecycle(LifecycleRecord record) {
        return new ServerInstance(id, pid, host, startedAt, heartbeatAt, record, recoveredBy);
    }

    public ServerInstance withHeartbeat(Instant at) {
        return new ServerInstance(id, pid, host, startedAt, at, lifecycle, recoveredBy);
    }

    public ServerInstance recoveredBy(InstanceId recoverer) {
        return new ServerInstance(id, pid, host, startedAt, heartbeatAt, lifecycle, Optional.of(recoverer));
    }

    /**
     * Whether this is still the instance as {@code seen}: no heartbeat, no phase entered and no
     * recovery since. A start recovers only an instance it judged dead and that stayed as judged.
     */
    public boolean unchangedSince(ServerInstance seen) {
        return id.equals(seen.id) && recoveredBy.isEmpty() && heartbeatAt.equals(seen.heartbeatAt)
                && lifecycle.phase() == seen.lifecycle.phase() && lifecycle.enteredAt().equals(seen.lifecycle.enteredAt());
    }

    /**
     * The record of an instance a later start found dead: failed, in the phase it died in, and why.
     */
    public LifecycleRecord diedRecord(InstanceId recoverer, Instant now) {
        return new LifecycleRecord(LifecyclePhase.FAILED, now, lifecycle.restarts(), Optional.of("ended without a clean "
                + "stop while " + lifecycle.phase().wire() + "; recovered by " + recoverer), Optional.of(lifecycle.phase()));
    }

    /** {@code srv_… (pid 123 on host)}, for messages. */
    public String describe() {
        return id + " (pid " + pid + " on " + (host.isEmpty() ? "an unknown host" : host) + ")";
    }
}

package dev.taskorchestrator.application.service;

import dev.taskorchestrator.application.port.in.LifecycleStatusUseCase;
import dev.taskorchestrator.application.port.out.HostProbe;
import dev.taskorchestrator.application.port.out.LifecycleStore;
import dev.taskorchestrator.domain.common.OrchestratorException;
import dev.taskorchestrator.domain.reboot.InstanceId;
import dev.taskorchestrator.domain.reboot.InstanceState;
import dev.taskorchestrator.domain.reboot.LifecycleState;
import dev.taskorchestrator.domain.reboot.ProcessState;
import dev.taskorchestrator.domain.reboot.ServerInstance;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * The instance this core serves as once it has started, and what every lifecycle use case needs
 * of it: its record, its state moves (each one saved), and how other instances look from here.
 */
final class ThisServer {

    private final LifecycleStore store;
    private final Optional<HostProbe> host;
    private final Duration silentAfter;
    private volatile Optional<InstanceId> id = Optional.empty();

    ThisServer(LifecycleStore store, Optional<HostProbe> host, Duration silentAfter) {
        this.store = store;
        this.host = host;
        this.silentAfter = silentAfter;
    }

    Optional<InstanceId> id() {
        return id;
    }

    void become(Optional<InstanceId> started) {
        id = started;
    }

    long processId() {
        return host.map(HostProbe::processId).orElse(0L);
    }

    String hostName() {
        return host.map(HostProbe::hostName).orElse("");
    }

    /** This instance as stored; it must have started. */
    ServerInstance current() {
        InstanceId started = started();
        return store.find(started).orElseThrow(() -> OrchestratorException.internal("server instance " + started
                + " is not in the store"));
    }

    LifecycleState state() {
        return LifecycleState.of(current().lifecycle());
    }

    private InstanceId started() {
        return id.orElseThrow(() -> OrchestratorException.illegalState("instance_id",
                "this orchestrator has not started a server"));
    }

    /** Saves {@code state} as this instance's lifecycle, and returns it. */
    <S extends LifecycleState> S saved(S state) {
        store.save(started(), state.record());
        return state;
    }

    /** The most recently started instances first, each with its state as seen from here. */
    List<LifecycleStatusUseCase.InstanceStatus> instances(Instant now, int limit) {
        return store.instances(limit).stream()
                .map(instance -> new LifecycleStatusUseCase.InstanceStatus(instance, stateOf(instance, now))).toList();
    }

    /** How {@code other} looks from this process: its process is checked where this machine can tell. */
    InstanceState stateOf(ServerInstance other, Instant now) {
        ProcessState process = host.map(probe -> probe.processState(other.host(), other.pid(), other.startedAt()))
                .orElse(ProcessState.UNKNOWN);
        return other.state(now, silentAfter, process);
    }
}

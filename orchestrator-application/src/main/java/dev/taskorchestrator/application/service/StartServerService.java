package dev.taskorchestrator.application.service;

import dev.taskorchestrator.application.port.in.StartServerUseCase;
import dev.taskorchestrator.application.port.out.IdGenerator;
import dev.taskorchestrator.application.port.out.LifecycleStore;
import dev.taskorchestrator.application.port.out.ServerRuntime;
import dev.taskorchestrator.application.port.out.StoreHealth;
import dev.taskorchestrator.application.port.out.UnitOfWork;
import dev.taskorchestrator.domain.common.OrchestratorException;
import dev.taskorchestrator.domain.reboot.InstanceId;
import dev.taskorchestrator.domain.reboot.InstanceState;
import dev.taskorchestrator.domain.reboot.LifecyclePhase;
import dev.taskorchestrator.domain.reboot.LifecycleRecord;
import dev.taskorchestrator.domain.reboot.LifecycleState;
import dev.taskorchestrator.domain.reboot.PhaseTiming;
import dev.taskorchestrator.domain.reboot.RestartRecord;
import dev.taskorchestrator.domain.reboot.ServerInstance;
import dev.taskorchestrator.domain.task.TaskId;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

final class StartServerService implements StartServerUseCase {

    /** Expired claims released at a start; a larger backlog is drained by next-task calls. */
    static final int RELEASED_AT_START = 10_000;
    /** Instances a start examines for the dead: the most recently started ones. */
    static final int EXAMINED = 100;

    private final ThisServer server;
    private final LifecycleStore store;
    private final Claims claims;
    private final StoreHealth storeHealth;
    private final IdGenerator ids;
    private final UnitOfWork unitOfWork;
    private final WriteGate gate;
    private final Clock clock;

    /** @param unitOfWork ungated: the lifecycle writes its own records while writes are refused */
    StartServerService(ThisServer server, LifecycleStore store, Claims claims, StoreHealth storeHealth, IdGenerator ids,
            UnitOfWork unitOfWork, WriteGate gate, Clock clock) {
        this.server = server;
        this.store = store;
        this.claims = claims;
        this.storeHealth = storeHealth;
        this.ids = ids;
        this.unitOfWork = unitOfWork;
        this.gate = gate;
        this.clock = clock;
    }

    @Override
    public StartReport start(Command command) {
        Optional<InstanceId> before = server.id();
        StartReport report;
        try {
            report = unitOfWork.inTransaction(() -> command.continuing().isPresent()
                    ? continueRestart(command.continuing().get(), command.failure())
                    : startAfresh());
        } catch (RuntimeException failure) {
            // Nothing of the start was stored: this core is what it was before.
            server.become(before);
            throw failure;
        }
        gate.open();
        return report;
    }

    /**
     * Registers this process as a new instance and recovers every instance found dead: each is
     * claimed for recovery in the store first, so that two starts at once never recover one twice.
     */
    private StartReport startAfresh() {
        Instant began = clock.instant();
        InstanceId self = ids.newInstanceId();
        store.register(ServerInstance.registered(self, server.processId(), server.hostName(), began,
                store.restartsSoFar()));
        server.become(Optional.of(self));
        List<ServerInstance> recovered = new ArrayList<>();
        for (ServerInstance other : store.instances(EXAMINED)) {
            if (!other.id().equals(self) && server.stateOf(other, began) == InstanceState.DEAD
                    && store.markRecovered(other, self, began)) {
                store.save(other.id(), other.diedRecord(self, began));
                recovered.add(other);
            }
        }
        // After an instance died, the store is checked before anything is trusted, and the check recorded.
        Optional<String> integrity = recovered.isEmpty() ? Optional.empty() : Optional.of(storeHealth.quickCheck());
        LifecycleState.Preparing preparing = ((LifecycleState.Stopped) server.state()).beginRestart(began);
        if (!recovered.isEmpty()) {
            preparing = withRecoveryNote(preparing, recovered, integrity.orElseThrow());
        }
        Phases phases = new Phases(began, clock);
        List<TaskId> released = run(preparing, phases);
        RestartRecord record = new RestartRecord(self, RestartRecord.Kind.START, Optional.empty(), began,
                Duration.between(began, clock.instant()), phases.timings(), true, Optional.empty(),
                recovered.stream().map(ServerInstance::id).toList());
        store.addRestart(record);
        return new StartReport(self, recovered, released, integrity, record);
    }

    /** The start half of a restart in place, on the reopened store; or, after a failed one, on the old store. */
    private StartReport continueRestart(ServerRuntime.Continuation restart, Optional<String> failure) {
        Instant began = clock.instant();
        server.become(Optional.of(restart.instance()));
        LifecycleState state = server.state();
        if (failure.isPresent() && state instanceof LifecycleState.InFlight inFlight) {
            state = server.saved(inFlight.fail(failure.get(), began));
        }
        LifecycleState.Preparing preparing;
        if (state instanceof LifecycleState.Stopped stopped) {
            preparing = stopped.beginRestart(began);
        } else if (state instanceof LifecycleState.Failed failed) {
            preparing = failed.beginRestart(began);
        } else {
            throw OrchestratorException.illegalState("reason", "the server cannot start again while "
                    + state.phase().wire());
        }
        List<TaskId> released = run(preparing, new Phases(began, clock));
        List<PhaseTiming> timings = new ArrayList<>(restart.phases());
        timings.add(new PhaseTiming(LifecyclePhase.RUNNING, Duration.between(began, clock.instant())));
        RestartRecord record = new RestartRecord(restart.instance(), RestartRecord.Kind.RESTART,
                Optional.of(restart.reason()), restart.began(), Duration.between(restart.began(), clock.instant()),
                timings, failure.isEmpty(), failure, List.of());
        store.addRestart(record);
        return new StartReport(restart.instance(), List.of(), released, Optional.empty(), record);
    }

    /** The restart phases from preparing to running, each saved and timed; expired claims go back to pending. */
    private List<TaskId> run(LifecycleState.Preparing preparing, Phases phases) {
        var loading = phases.entered(server.saved(preparing)).loadState(clock.instant());
        var restoring = phases.entered(server.saved(loading)).restoreDatabase(clock.instant());
        var resuming = phases.entered(server.saved(restoring)).resumeTasks(clock.instant());
        List<TaskId> released = claims.releaseExpired(clock.instant(), RELEASED_AT_START);
        var enabling = phases.entered(server.saved(resuming)).enableConnections(clock.instant());
        var running = phases.entered(server.saved(enabling)).run(clock.instant());
        phases.entered(server.saved(running));
        return released;
    }

    private static LifecycleState.Preparing withRecoveryNote(LifecycleState.Preparing preparing,
            List<ServerInstance> recovered, String integrity) {
        LifecycleRecord record = preparing.record();
        String which = recovered.stream().map(dead -> dead.describe() + ", which ended without a clean stop while "
                + dead.lifecycle().phase().wire()).collect(Collectors.joining("; "));
        return new LifecycleState.Preparing(new LifecycleRecord(record.phase(), record.enteredAt(), record.restarts(),
                Optional.of("recovered " + which + "; integrity check at recovery: " + integrity),
                Optional.of(recovered.get(0).lifecycle().phase())));
    }

    /** The timings of the phases of one start: each phase lasts from its entry to the next one's. */
    private static final class Phases {
        private final List<PhaseTiming> timings = new ArrayList<>();
        private final Clock clock;
        private LifecyclePhase phase;
        private Instant since;

        Phases(Instant began, Clock clock) {
            this.since = began;
            this.clock = clock;
        }

        <S extends LifecycleState> S entered(S state) {
            Instant now = clock.instant();
            if (phase != null) {
                timings.add(new PhaseTiming(phase, Duration.between(since, now)));
            }
            phase = state.phase();
            since = now;
            return state;
        }

        List<PhaseTiming> timings() {
            return List.copyOf(timings);
        }
    }
}

package dev.taskorchestrator.application.service;

import dev.taskorchestrator.application.port.in.ServerLifecycleUseCase;
import dev.taskorchestrator.application.port.out.LifecycleStore;
import dev.taskorchestrator.application.port.out.StoreHealth;
import dev.taskorchestrator.application.port.out.UnitOfWork;
import dev.taskorchestrator.domain.reboot.LifecycleEvent;
import dev.taskorchestrator.domain.reboot.LifecyclePhase;
import dev.taskorchestrator.domain.reboot.LifecycleRecord;
import dev.taskorchestrator.domain.reboot.LifecycleState;
import dev.taskorchestrator.domain.task.TaskId;
import java.time.Clock;
import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

final class ServerLifecycleService implements ServerLifecycleUseCase {

    /** Expired claims released at a start; a larger backlog is drained by next-task calls. */
    static final int RELEASED_AT_START = 10_000;
    /** The shutdown half of the machine, before stopped: a stop goes on from any of them. */
    private static final Set<LifecyclePhase> SHUTTING_DOWN = EnumSet.range(LifecyclePhase.MAINTENANCE_MODE,
            LifecyclePhase.FINALIZING);

    private final LifecycleStore store;
    private final Claims claims;
    private final UnitOfWork unitOfWork;
    private final WriteGate gate;
    private final StoreHealth storeHealth;
    private final Clock clock;

    ServerLifecycleService(LifecycleStore store, Claims claims, UnitOfWork unitOfWork, WriteGate gate,
            StoreHealth storeHealth, Clock clock) {
        this.store = store;
        this.storeHealth = storeHealth;
        this.claims = claims;
        this.unitOfWork = unitOfWork;
        this.gate = gate;
        this.clock = clock;
    }

    @Override
    public StartReport start() {
        StartReport report = unitOfWork.inTransaction(() -> {
            Instant now = clock.instant();
            LifecycleState previous = LifecycleState.of(store.current().orElse(LifecycleRecord.firstStart(now)));
            boolean recovered = previous instanceof LifecycleState.Recoverable;
            // After a run that died, the store is checked before anything is trusted, and the check recorded.
            Optional<String> integrity = recovered ? Optional.of(storeHealth.quickCheck()) : Optional.empty();
            LifecycleState.Preparing preparing = previous instanceof LifecycleState.Recoverable dead
                    ? withIntegrity(dead.recoverFromUncleanStop(now), integrity.orElseThrow())
                    : ((LifecycleState.Stopped) previous).beginRestart(now);
            var loading = saved(preparing).loadState(now);
            var restoring = saved(loading).restoreDatabase(now);
            var resuming = saved(restoring).resumeTasks(now);
            List<TaskId> released = claims.releaseExpired(now, RELEASED_AT_START);
            var enabling = saved(resuming).enableConnections(now);
            saved(saved(enabling).run(now));
            return new StartReport(previous.phase(), recovered, released, integrity);
        });
        gate.open();
        return report;
    }

    @Override
    public void stop() {
        LifecyclePhase phase;
        do {
            phase = advanceShutdown();
        } while (SHUTTING_DOWN.contains(phase));
    }

    @Override
    public LifecyclePhase advanceShutdown() {
        // Closed before maintenance is recorded, so that no write slips in between; reopened if that fails.
        boolean wasOpen = gate.isOpen();
        gate.close("a stop or restart is under way");
        LifecyclePhase entered;
        try {
            entered = unitOfWork.inTransaction(() -> {
                Instant now = clock.instant();
                LifecycleState state = LifecycleState.of(store.current().orElse(LifecycleRecord.firstStart(now)));
                if (state instanceof LifecycleState.Running running) {
                    return saved(running.enterMaintenance(now)).phase();
                }
                if (SHUTTING_DOWN.contains(state.phase())) {
                    return saved(state.on(LifecycleEvent.PROCEED, now, Optional.empty())).phase();
                }
                return state.phase();
            });
        } catch (RuntimeException failure) {
            if (wasOpen) {
                gate.open();
            }
            throw failure;
        }
        return entered;
    }

    @Override
    public Status status(int historyLimit) {
        int limit = Status.checkedLimit(historyLimit);
        return unitOfWork.inReadTransaction(() -> new Status(
                store.current().orElse(LifecycleRecord.firstStart(clock.instant())), store.history(limit)));
    }

    private static LifecycleState.Preparing withIntegrity(LifecycleState.Preparing preparing, String integrity) {
        LifecycleRecord record = preparing.record();
        return new LifecycleState.Preparing(new LifecycleRecord(record.phase(), record.enteredAt(), record.restarts(),
                record.lastError().map(error -> error + "; integrity check at recovery: " + integrity),
                record.failedIn()));
    }

    private <S extends LifecycleState> S saved(S state) {
        store.save(state.record());
        return state;
    }
}

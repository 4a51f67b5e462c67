package dev.taskorchestrator.application.service;

import dev.taskorchestrator.application.port.out.UnitOfWork;
import dev.taskorchestrator.domain.common.OrchestratorException;
import dev.taskorchestrator.domain.reboot.LifecycleEvent;
import dev.taskorchestrator.domain.reboot.LifecyclePhase;
import dev.taskorchestrator.domain.reboot.LifecycleState;
import java.time.Clock;
import java.time.Instant;
import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;

/**
 * This instance's shutdown, one phase at a time, shared by the clean stop and the restart (which
 * does real work in some phases). Writes are refused from the first phase on.
 */
final class Shutdown {

    /** The shutdown half of the machine, before stopped: a stop goes on from any of them. */
    static final Set<LifecyclePhase> SHUTTING_DOWN = EnumSet.range(LifecyclePhase.MAINTENANCE_MODE,
            LifecyclePhase.FINALIZING);

    private final ThisServer server;
    private final WriteGate gate;
    private final UnitOfWork unitOfWork;
    private final Clock clock;

    Shutdown(ThisServer server, WriteGate gate, UnitOfWork unitOfWork, Clock clock) {
        this.server = server;
        this.gate = gate;
        this.unitOfWork = unitOfWork;
        this.clock = clock;
    }

    /** Moves the shutdown one phase on (from running into maintenance, and on to stopped); returns the phase entered. */
    LifecyclePhase advance() {
        // Closed before maintenance is recorded, so that no write slips in between; reopened if that fails.
        boolean wasOpen = gate.isOpen();
        gate.close("a stop or restart is under way");
        try {
            return unitOfWork.inTransaction(() -> {
                Instant now = clock.instant();
                LifecycleState state = server.state();
                if (state instanceof LifecycleState.Running running) {
                    return server.saved(running.enterMaintenance(now)).phase();
                }
                if (SHUTTING_DOWN.contains(state.phase())) {
                    return server.saved(state.on(LifecycleEvent.PROCEED, now, Optional.empty())).phase();
                }
                if (state.phase() == LifecyclePhase.STOPPED) {
                    return state.phase();
                }
                // Failed, or in a start: a shutdown cannot begin from there.
                throw OrchestratorException.illegalState("reason", "the server cannot shut down while "
                        + state.phase().wire() + server.current().recoveredBy().map(by -> "; another start ("
                                + by + ") took it for dead, and it registers again at its next heartbeat").orElse(""));
            });
        } catch (RuntimeException failure) {
            if (wasOpen) {
                gate.open();
            }
            throw failure;
        }
    }
}

package dev.taskorchestrator.domain.reboot;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class LifecycleStateTest {

    private static final Instant T0 = Instant.parse("2026-01-05T09:00:00Z");

    @Test
    void givenARunningServer_whenItShutsDownAndRestartsThroughTheTypedApi_thenEveryPhaseIsVisitedInOrder() {
        LifecycleState.Running running = (LifecycleState.Running) LifecycleState.of(
                new LifecycleRecord(LifecyclePhase.RUNNING, T0, 0, Optional.empty(), Optional.empty()));

        LifecycleState.MaintenanceMode maintenance = running.enterMaintenance(T0.plusSeconds(1));
        LifecycleState.SuspendingTasks suspending = maintenance.suspendTasks(T0.plusSeconds(2));
        LifecycleState.SerializingState serializing = suspending.serializeState(T0.plusSeconds(3));
        LifecycleState.ClosingConnections closing = serializing.closeConnections(T0.plusSeconds(4));
        LifecycleState.Finalizing finalizing = closing.finalizeShutdown(T0.plusSeconds(5));
        LifecycleState.Stopped stopped = finalizing.stop(T0.plusSeconds(6));
        LifecycleState.Preparing preparing = stopped.beginRestart(T0.plusSeconds(7));
        LifecycleState.Running again = preparing.loadState(T0.plusSeconds(8)).restoreDatabase(T0.plusSeconds(9))
                .resumeTasks(T0.plusSeconds(10)).enableConnections(T0.plusSeconds(11)).run(T0.plusSeconds(12));

        assertThat(List.of(maintenance, suspending, serializing, closing, finalizing, stopped, preparing, again))
                .extracting(LifecycleState::phase)
                .containsExactly(LifecyclePhase.MAINTENANCE_MODE, LifecyclePhase.SUSPENDING_TASKS,
                        LifecyclePhase.SERIALIZING_STATE, LifecyclePhase.CLOSING_CONNECTIONS, LifecyclePhase.FINALIZING,
                        LifecyclePhase.STOPPED, LifecyclePhase.PREPARING, LifecyclePhase.RUNNING);
        assertThat(again.record().restarts()).isEqualTo(1);
        assertThat(again.record().enteredAt()).isEqualTo(T0.plusSeconds(12));
    }

    @Test
    void givenAPhaseThatFails_whenPersisted_thenTheErrorAndThePhaseItFailedInAreKept() {
        LifecycleState.RestoringDatabase restoring = (LifecycleState.RestoringDatabase) LifecycleState.of(
                new LifecycleRecord(LifecyclePhase.RESTORING_DATABASE, T0, 3, Optional.empty(), Optional.empty()));

        LifecycleState.Failed failed = restoring.fail("database is locked", T0.plusSeconds(1));

        assertThat(failed.record()).isEqualTo(new LifecycleRecord(LifecyclePhase.FAILED, T0.plusSeconds(1), 3,
                Optional.of("database is locked"), Optional.of(LifecyclePhase.RESTORING_DATABASE)));
        assertThat(LifecycleState.of(failed.record())).isEqualTo(failed);
    }

    @Test
    void givenAServerThatDiedWhileRunning_whenItStartsAgain_thenItRecoversThroughPreparing() {
        LifecycleState.Running running = (LifecycleState.Running) LifecycleState.of(
                new LifecycleRecord(LifecyclePhase.RUNNING, T0, 4, Optional.empty(), Optional.empty()));

        LifecycleState.Preparing preparing = running.recover(T0.plusSeconds(30));

        assertThat(preparing.record().restarts()).isEqualTo(5);
    }

    @Test
    void givenEachPhase_whenAskedForWrites_thenOnlyRunningAcceptsThem() {
        for (LifecyclePhase phase : LifecyclePhase.values()) {
            assertThat(phase.acceptsWrites()).as(phase.wire()).isEqualTo(phase == LifecyclePhase.RUNNING);
        }
    }

    @Test
    void givenACleanStopAfterARecovery_whenTheNextRunBegins_thenNoErrorIsCarriedForward() {
        LifecycleState.Stopped stopped = (LifecycleState.Stopped) LifecycleState.of(new LifecycleRecord(
                LifecyclePhase.STOPPED, T0, 1, Optional.of("old trouble"), Optional.of(LifecyclePhase.RUNNING)));

        LifecycleState.Preparing preparing = stopped.beginRestart(T0.plusSeconds(1));

        assertThat(preparing.record().lastError()).isEmpty();
        assertThat(preparing.record().failedIn()).isEmpty();
    }
}

package dev.taskorchestrator.testkit.contract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.taskorchestrator.application.port.out.LifecycleStore;
import dev.taskorchestrator.domain.common.ErrorCode;
import dev.taskorchestrator.domain.common.OrchestratorException;
import dev.taskorchestrator.domain.reboot.InstanceId;
import dev.taskorchestrator.domain.reboot.LifecycleEntry;
import dev.taskorchestrator.domain.reboot.LifecyclePhase;
import dev.taskorchestrator.domain.reboot.LifecycleRecord;
import dev.taskorchestrator.domain.reboot.PhaseTiming;
import dev.taskorchestrator.domain.reboot.RestartReason;
import dev.taskorchestrator.domain.reboot.RestartRecord;
import dev.taskorchestrator.domain.reboot.ServerInstance;
import dev.taskorchestrator.testkit.StorePorts;
import dev.taskorchestrator.testkit.fixtures.MutableClock;
import dev.taskorchestrator.testkit.fixtures.TestIds;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * What every {@link LifecycleStore} must do. It reads every instance of its database, so this
 * contract needs a store of its own (a fresh database) rather than a shared one.
 */
public abstract class LifecycleStoreContract {

    private static final Instant T0 = MutableClock.START;

    /** A store on a database no other test writes the lifecycle of. */
    protected abstract StorePorts createStore();

    protected LifecycleStore lifecycle;
    private StorePorts store;

    @BeforeEach
    void setUpStore() {
        store = createStore();
        lifecycle = store.lifecycle();
    }

    private static InstanceId newId() {
        return new TestIds().newInstanceId();
    }

    private ServerInstance registered(InstanceId id, Instant at) {
        ServerInstance instance = ServerInstance.registered(id, 4242, "host-a", at, 3);
        store.unitOfWork().run(() -> lifecycle.register(instance));
        return instance;
    }

    private static LifecycleRecord record(LifecyclePhase phase, Instant at, int restarts) {
        return new LifecycleRecord(phase, at, restarts, Optional.empty(), Optional.empty());
    }

    @Test
    void givenNothingSaved_whenRead_thenNoInstanceHistoryOrRestart() {
        assertThat(lifecycle.instances(10)).isEmpty();
        assertThat(lifecycle.history(10)).isEmpty();
        assertThat(lifecycle.restarts(10)).isEmpty();
        assertThat(lifecycle.restartsSoFar()).isZero();
        assertThat(lifecycle.find(newId())).isEmpty();
    }

    @Test
    void givenRegisteredInstances_whenRead_thenEachAsRegisteredAndTheLatestStartedFirst() {
        ServerInstance first = registered(newId(), T0);
        ServerInstance second = registered(newId(), T0.plusSeconds(5));

        assertThat(lifecycle.find(first.id())).contains(first);
        assertThat(lifecycle.instances(10)).containsExactly(second, first);
        assertThat(lifecycle.instances(1)).containsExactly(second);
        OrchestratorException twice = catchThrowableOfType(OrchestratorException.class,
                () -> store.unitOfWork().run(() -> lifecycle.register(first)));
        assertThat(twice.code()).isEqualTo(ErrorCode.CONFLICT);
    }

    @Test
    void givenSavedRecords_whenRead_thenTheLastIsTheInstancesCurrentAndHistoryIsMostRecentFirst() {
        ServerInstance one = registered(newId(), T0);
        ServerInstance two = registered(newId(), T0);
        LifecycleRecord preparing = record(LifecyclePhase.PREPARING, T0.plusSeconds(1), 4);
        LifecycleRecord failed = new LifecycleRecord(LifecyclePhase.FAILED, T0.plusSeconds(2), 7,
                Optional.of("disk full"), Optional.of(LifecyclePhase.RESTORING_DATABASE));
        LifecycleRecord running = record(LifecyclePhase.RUNNING, T0.plusSeconds(3), 4);
        store.unitOfWork().run(() -> {
            lifecycle.save(one.id(), preparing);
            lifecycle.save(two.id(), failed);
            lifecycle.save(one.id(), running);
        });

        assertThat(lifecycle.find(one.id()).orElseThrow().lifecycle()).isEqualTo(running);
        assertThat(lifecycle.find(two.id()).orElseThrow().lifecycle()).isEqualTo(failed);
        assertThat(lifecycle.history(2)).containsExactly(new LifecycleEntry(one.id(), running),
                new LifecycleEntry(two.id(), failed));
        assertThat(lifecycle.restartsSoFar()).isEqualTo(7);
    }

    @Test
    void givenAHeartbeat_whenRead_thenOnlyTheHeartbeatMoved() {
        ServerInstance instance = registered(newId(), T0);

        assertThat(store.unitOfWork().inTransaction(() -> lifecycle.heartbeat(instance.id(), T0.plusSeconds(10))))
                .isTrue();

        ServerInstance read = lifecycle.find(instance.id()).orElseThrow();
        assertThat(read.heartbeatAt()).isEqualTo(T0.plusSeconds(10));
        assertThat(read.startedAt()).isEqualTo(T0);
        assertThat(read.lifecycle()).isEqualTo(instance.lifecycle());
    }

    @Test
    void givenADeadInstance_whenTwoStartsRecoverIt_thenOnlyTheFirstDoes() {
        ServerInstance dead = registered(newId(), T0);
        InstanceId first = newId();
        InstanceId second = newId();

        assertThat(store.unitOfWork().inTransaction(() -> lifecycle.markRecovered(dead, first, T0.plusSeconds(60))))
                .isTrue();
        assertThat(store.unitOfWork().inTransaction(() -> lifecycle.markRecovered(dead, second, T0.plusSeconds(61))))
                .isFalse();
        assertThat(lifecycle.find(dead.id()).orElseThrow().recoveredBy()).contains(first);
        ServerInstance unknown = ServerInstance.registered(newId(), 1, "elsewhere", T0, 0);
        assertThat(store.unitOfWork().inTransaction(() -> lifecycle.markRecovered(unknown, first, T0))).as("unknown")
                .isFalse();
    }

    @Test
    void givenAnInstanceJudgedDead_whenItBeatOrMovedSince_thenItIsNotRecovered() {
        ServerInstance beating = registered(newId(), T0);
        ServerInstance moving = registered(newId(), T0);
        store.unitOfWork().run(() -> {
            lifecycle.heartbeat(beating.id(), T0.plusSeconds(90));
            lifecycle.save(moving.id(), record(LifecyclePhase.RUNNING, T0.plusSeconds(5), 0));
        });

        assertThat(store.unitOfWork().inTransaction(() -> lifecycle.markRecovered(beating, newId(), T0.plusSeconds(91))))
                .as("heartbeat since").isFalse();
        assertThat(store.unitOfWork().inTransaction(() -> lifecycle.markRecovered(moving, newId(), T0.plusSeconds(91))))
                .as("phase since").isFalse();
        assertThat(lifecycle.find(beating.id()).orElseThrow().recoveredBy()).isEmpty();
        assertThat(lifecycle.find(moving.id()).orElseThrow().recoveredBy()).isEmpty();
    }

    @Test
    void givenARecoveredInstance_whenItBeats_thenTheHeartbeatIsRefused() {
        ServerInstance instance = registered(newId(), T0);
        store.unitOfWork().run(() -> lifecycle.markRecovered(instance, newId(), T0.plusSeconds(60)));

        assertThat(store.unitOfWork().inTransaction(() -> lifecycle.heartbeat(instance.id(), T0.plusSeconds(61))))
                .isFalse();
        assertThat(lifecycle.find(instance.id()).orElseThrow().heartbeatAt()).isEqualTo(T0);
        assertThat(store.unitOfWork().inTransaction(() -> lifecycle.heartbeat(newId(), T0))).as("unknown").isFalse();
    }

    @Test
    void givenRestarts_whenRead_thenEachComesBackWhole_mostRecentFirst() {
        InstanceId instance = registered(newId(), T0).id();
        InstanceId dead = newId();
        RestartRecord start = new RestartRecord(instance, RestartRecord.Kind.START, Optional.empty(), T0,
                Duration.ofNanos(1_234_567), List.of(new PhaseTiming(LifecyclePhase.PREPARING, Duration.ofNanos(1_001)),
                        new PhaseTiming(LifecyclePhase.LOADING_STATE, Duration.ZERO)), true, Optional.empty(),
                List.of(dead));
        RestartRecord restart = new RestartRecord(instance, RestartRecord.Kind.RESTART,
                Optional.of(RestartReason.CONFIGURATION_UPDATE), T0.plusSeconds(30), Duration.ofMillis(250),
                List.of(new PhaseTiming(LifecyclePhase.MAINTENANCE_MODE, Duration.ofMillis(5))), false,
                Optional.of("the restart failed: disk full"), List.of());
        store.unitOfWork().run(() -> {
            lifecycle.addRestart(start);
            lifecycle.addRestart(restart);
        });

        assertThat(lifecycle.restarts(10)).containsExactly(restart, start);
        assertThat(lifecycle.restarts(1)).containsExactly(restart);
    }
}

package dev.taskorchestrator.domain.reboot;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.MethodSource;

/** Which instances another start takes for dead: every combination of phase, heartbeat and process. */
class ServerInstanceTest {

    private static final Instant STARTED = Instant.parse("2026-01-05T09:00:00Z");
    private static final Duration SILENCE = Duration.ofSeconds(60);
    private static final Instant FRESH = STARTED.plusSeconds(30);
    private static final Instant STALE = STARTED.plusSeconds(61);

    private static ServerInstance instance(LifecyclePhase phase, Optional<InstanceId> recoveredBy) {
        return new ServerInstance(new InstanceId("srv_aaaaaa"), 42, "host-a", STARTED, STARTED,
                new LifecycleRecord(phase, STARTED, 1, Optional.empty(), Optional.empty()), recoveredBy);
    }

    static Stream<Arguments> cases() {
        Optional<InstanceId> none = Optional.empty();
        Optional<InstanceId> recovered = Optional.of(new InstanceId("srv_bbbbbb"));
        return Stream.of(
                Arguments.of(LifecyclePhase.RUNNING, none, FRESH, ProcessState.UNKNOWN, InstanceState.LIVE),
                Arguments.of(LifecyclePhase.RUNNING, none, STALE, ProcessState.UNKNOWN, InstanceState.DEAD),
                Arguments.of(LifecyclePhase.RUNNING, none, STALE, ProcessState.ALIVE, InstanceState.LIVE),
                Arguments.of(LifecyclePhase.RUNNING, none, FRESH, ProcessState.GONE, InstanceState.DEAD),
                Arguments.of(LifecyclePhase.MAINTENANCE_MODE, none, FRESH, ProcessState.GONE, InstanceState.DEAD),
                Arguments.of(LifecyclePhase.FAILED, none, STALE, ProcessState.UNKNOWN, InstanceState.DEAD),
                Arguments.of(LifecyclePhase.STOPPED, none, STALE, ProcessState.GONE, InstanceState.STOPPED),
                Arguments.of(LifecyclePhase.RUNNING, recovered, STALE, ProcessState.GONE, InstanceState.RECOVERED),
                Arguments.of(LifecyclePhase.FAILED, recovered, FRESH, ProcessState.ALIVE, InstanceState.RECOVERED));
    }

    @ParameterizedTest(name = "{0}, recovered by {1}, at {2}, process {3}: {4}")
    @MethodSource("cases")
    void givenAnInstance_whenSeenFromAnotherStart_thenItsStateFollowsPhaseHeartbeatAndProcess(LifecyclePhase phase,
            Optional<InstanceId> recoveredBy, Instant now, ProcessState process, InstanceState expected) {
        assertThat(instance(phase, recoveredBy).state(now, SILENCE, process)).isEqualTo(expected);
    }

    @ParameterizedTest(name = "{0}")
    @EnumSource(value = LifecyclePhase.class, names = "STOPPED", mode = EnumSource.Mode.EXCLUDE)
    void givenADeadInstance_whenRecovered_thenItsRecordFailsInThePhaseItDiedIn(LifecyclePhase phase) {
        LifecycleRecord died = instance(phase, Optional.empty()).diedRecord(new InstanceId("srv_cccccc"), STALE);

        assertThat(died.phase()).isEqualTo(LifecyclePhase.FAILED);
        assertThat(died.enteredAt()).isEqualTo(STALE);
        assertThat(died.restarts()).as("kept").isEqualTo(1);
        assertThat(died.failedIn()).contains(phase);
        assertThat(died.lastError()).hasValueSatisfying(error -> assertThat(error)
                .contains("without a clean stop while " + phase.wire(), "recovered by srv_cccccc"));
    }
}

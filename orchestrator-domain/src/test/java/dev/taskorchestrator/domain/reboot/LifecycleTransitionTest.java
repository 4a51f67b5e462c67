package dev.taskorchestrator.domain.reboot;

import static dev.taskorchestrator.domain.reboot.LifecycleEvent.BEGIN_RESTART;
import static dev.taskorchestrator.domain.reboot.LifecycleEvent.ENTER_MAINTENANCE;
import static dev.taskorchestrator.domain.reboot.LifecycleEvent.FAIL;
import static dev.taskorchestrator.domain.reboot.LifecycleEvent.LEAVE_MAINTENANCE;
import static dev.taskorchestrator.domain.reboot.LifecycleEvent.PROCEED;
import static dev.taskorchestrator.domain.reboot.LifecycleEvent.RECOVER;
import static dev.taskorchestrator.domain.reboot.LifecyclePhase.CLOSING_CONNECTIONS;
import static dev.taskorchestrator.domain.reboot.LifecyclePhase.ENABLING_CONNECTIONS;
import static dev.taskorchestrator.domain.reboot.LifecyclePhase.FAILED;
import static dev.taskorchestrator.domain.reboot.LifecyclePhase.FINALIZING;
import static dev.taskorchestrator.domain.reboot.LifecyclePhase.LOADING_STATE;
import static dev.taskorchestrator.domain.reboot.LifecyclePhase.MAINTENANCE_MODE;
import static dev.taskorchestrator.domain.reboot.LifecyclePhase.PREPARING;
import static dev.taskorchestrator.domain.reboot.LifecyclePhase.RESTORING_DATABASE;
import static dev.taskorchestrator.domain.reboot.LifecyclePhase.RESUMING_TASKS;
import static dev.taskorchestrator.domain.reboot.LifecyclePhase.RUNNING;
import static dev.taskorchestrator.domain.reboot.LifecyclePhase.SERIALIZING_STATE;
import static dev.taskorchestrator.domain.reboot.LifecyclePhase.STOPPED;
import static dev.taskorchestrator.domain.reboot.LifecyclePhase.SUSPENDING_TASKS;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.taskorchestrator.domain.common.ErrorCode;
import dev.taskorchestrator.domain.common.OrchestratorException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Every (phase, event) pair of the reboot state machine, with the expected outcome written out here. */
class LifecycleTransitionTest {

    private static final Instant T0 = Instant.parse("2026-01-05T09:00:00Z");

    private static final Map<LifecyclePhase, Map<LifecycleEvent, LifecyclePhase>> EXPECTED = new EnumMap<>(LifecyclePhase.class);

    static {
        expect(RUNNING, ENTER_MAINTENANCE, MAINTENANCE_MODE, RECOVER, PREPARING);
        expect(MAINTENANCE_MODE, LEAVE_MAINTENANCE, RUNNING, PROCEED, SUSPENDING_TASKS, FAIL, FAILED, RECOVER, PREPARING);
        expect(SUSPENDING_TASKS, PROCEED, SERIALIZING_STATE, FAIL, FAILED, RECOVER, PREPARING);
        expect(SERIALIZING_STATE, PROCEED, CLOSING_CONNECTIONS, FAIL, FAILED, RECOVER, PREPARING);
        expect(CLOSING_CONNECTIONS, PROCEED, FINALIZING, FAIL, FAILED, RECOVER, PREPARING);
        expect(FINALIZING, PROCEED, STOPPED, FAIL, FAILED, RECOVER, PREPARING);
        expect(STOPPED, BEGIN_RESTART, PREPARING);
        expect(FAILED, BEGIN_RESTART, PREPARING, RECOVER, PREPARING);
        expect(PREPARING, PROCEED, LOADING_STATE, FAIL, FAILED, RECOVER, PREPARING);
        expect(LOADING_STATE, PROCEED, RESTORING_DATABASE, FAIL, FAILED, RECOVER, PREPARING);
        expect(RESTORING_DATABASE, PROCEED, RESUMING_TASKS, FAIL, FAILED, RECOVER, PREPARING);
        expect(RESUMING_TASKS, PROCEED, ENABLING_CONNECTIONS, FAIL, FAILED, RECOVER, PREPARING);
        expect(ENABLING_CONNECTIONS, PROCEED, RUNNING, FAIL, FAILED, RECOVER, PREPARING);
    }

    private static void expect(LifecyclePhase from, Object... eventThenTarget) {
        Map<LifecycleEvent, LifecyclePhase> moves = new EnumMap<>(LifecycleEvent.class);
        for (int i = 0; i < eventThenTarget.length; i += 2) {
            moves.put((LifecycleEvent) eventThenTarget[i], (LifecyclePhase) eventThenTarget[i + 1]);
        }
        EXPECTED.put(from, moves);
    }

    static Stream<Arguments> everyPhaseAndEvent() {
        List<Arguments> pairs = new ArrayList<>();
        for (LifecyclePhase phase : LifecyclePhase.values()) {
            for (LifecycleEvent event : LifecycleEvent.values()) {
                pairs.add(Arguments.of(phase, event, Optional.ofNullable(EXPECTED.get(phase).get(event))));
            }
        }
        return pairs.stream();
    }

    @ParameterizedTest(name = "{0} + {1} -> {2}")
    @MethodSource("everyPhaseAndEvent")
    void givenAPhase_whenAnEventArrives_thenTheTableDecidesTheNextPhase(LifecyclePhase phase, LifecycleEvent event,
            Optional<LifecyclePhase> expected) {
        LifecycleState state = LifecycleState.of(new LifecycleRecord(phase, T0, 0, Optional.empty(), Optional.empty()));

        assertThat(LifecycleTransitions.next(phase, event)).isEqualTo(expected);
        if (expected.isPresent()) {
            LifecycleState next = state.on(event, T0.plusSeconds(1), Optional.of("boom"));
            assertThat(next.phase()).isEqualTo(expected.get());
            assertThat(next.record().enteredAt()).isEqualTo(T0.plusSeconds(1));
        } else {
            assertThatThrownBy(() -> state.on(event, T0, Optional.empty()))
                    .isInstanceOfSatisfying(OrchestratorException.class, e -> {
                        assertThat(e.code()).isEqualTo(ErrorCode.ILLEGAL_STATE);
                        assertThat(e.getMessage()).contains("while " + phase.wire());
                    });
        }
    }
}

package dev.taskorchestrator.domain.task;

import static dev.taskorchestrator.domain.task.TaskStatus.ARCHIVED;
import static dev.taskorchestrator.domain.task.TaskStatus.BLOCKED;
import static dev.taskorchestrator.domain.task.TaskStatus.CANCELLED;
import static dev.taskorchestrator.domain.task.TaskStatus.COMPLETED;
import static dev.taskorchestrator.domain.task.TaskStatus.FAILED;
import static dev.taskorchestrator.domain.task.TaskStatus.IN_PROGRESS;
import static dev.taskorchestrator.domain.task.TaskStatus.PENDING;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.taskorchestrator.domain.common.ErrorCode;
import dev.taskorchestrator.domain.common.OrchestratorException;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Every (status, target) pair of DESIGN §3, written out here independently of the implementation. */
class TaskStatusTransitionTest {

    private static final Map<TaskStatus, Set<TaskStatus>> DESIGN_TABLE = Map.of(
            PENDING, EnumSet.of(IN_PROGRESS, BLOCKED, CANCELLED, COMPLETED),
            IN_PROGRESS, EnumSet.of(COMPLETED, FAILED, BLOCKED, CANCELLED, PENDING),
            BLOCKED, EnumSet.of(PENDING, IN_PROGRESS, CANCELLED),
            FAILED, EnumSet.of(PENDING, CANCELLED, ARCHIVED),
            COMPLETED, EnumSet.of(ARCHIVED),
            CANCELLED, EnumSet.of(ARCHIVED),
            ARCHIVED, EnumSet.noneOf(TaskStatus.class));

    static Stream<Arguments> everyPair() {
        List<Arguments> pairs = new ArrayList<>();
        for (TaskStatus from : TaskStatus.values()) {
            for (TaskStatus to : TaskStatus.values()) {
                pairs.add(Arguments.of(from, to, DESIGN_TABLE.get(from).contains(to)));
            }
        }
        return pairs.stream();
    }

    @ParameterizedTest(name = "{0} -> {1} allowed: {2}")
    @MethodSource("everyPair")
    void givenATaskInAStatus_whenMovedToATarget_thenTheDesignTableDecides(TaskStatus from, TaskStatus to, boolean allowed) {
        Task task = Tasks.in(from);

        if (allowed) {
            Task moved = task.moveTo(to, Optional.of("because"), Tasks.T0.plusSeconds(1));
            assertThat(moved.status()).isEqualTo(to);
            assertThat(moved.data().updatedAt()).isEqualTo(Tasks.T0.plusSeconds(1));
            assertThat(from.canMoveTo(to)).isTrue();
        } else {
            assertThatThrownBy(() -> task.moveTo(to, Optional.empty(), Tasks.T0))
                    .isInstanceOfSatisfying(OrchestratorException.class, e -> {
                        assertThat(e.code()).isEqualTo(ErrorCode.ILLEGAL_STATE);
                        assertThat(e.getMessage()).contains("from " + from.wire() + " to " + to.wire());
                        assertThat(e.field()).contains("status");
                        assertThat(e.allowed()).containsExactlyInAnyOrderElementsOf(
                                DESIGN_TABLE.get(from).stream().map(TaskStatus::wire).toList());
                    });
            assertThat(from.canMoveTo(to)).isFalse();
        }
    }
}

package dev.taskorchestrator.domain.task;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class ReadinessTest {

    private static Task dependingOn(Task... prerequisites) {
        return Tasks.pending().withDependencies(java.util.Arrays.stream(prerequisites).map(Task::id).toList(), Tasks.T0);
    }

    @Test
    void givenEveryPrerequisiteCompleted_whenChecked_thenReady() {
        Task a = Tasks.in(TaskStatus.COMPLETED);
        Task b = Tasks.in(TaskStatus.COMPLETED);
        Task task = dependingOn(a, b);

        assertThat(Readiness.isReady(task, Map.of(a.id(), a, b.id(), b))).isTrue();
    }

    @Test
    void givenACompletedPrerequisiteSinceArchived_whenChecked_thenItStillCounts() {
        Task archived = Tasks.in(TaskStatus.COMPLETED).moveTo(TaskStatus.ARCHIVED, Optional.empty(), Tasks.T0);
        Task task = dependingOn(archived);

        assertThat(Readiness.unmetPrerequisites(task, Map.of(archived.id(), archived))).isEmpty();
    }

    @Test
    void givenOpenFailedCancelledAndMissingPrerequisites_whenChecked_thenEachIsUnmetInDependencyOrder() {
        Task open = Tasks.in(TaskStatus.IN_PROGRESS);
        Task failed = Tasks.in(TaskStatus.FAILED);
        Task cancelledThenArchived = Tasks.in(TaskStatus.ARCHIVED);
        Task missing = Tasks.pending();
        Task done = Tasks.in(TaskStatus.COMPLETED);
        Task task = dependingOn(open, done, failed, cancelledThenArchived, missing);

        List<TaskId> unmet = Readiness.unmetPrerequisites(task, Map.of(open.id(), open, failed.id(), failed,
                cancelledThenArchived.id(), cancelledThenArchived, done.id(), done));

        assertThat(unmet).containsExactly(open.id(), failed.id(), cancelledThenArchived.id(), missing.id());
    }

    @Test
    void givenNoPrerequisites_whenChecked_thenReady() {
        assertThat(Readiness.isReady(Tasks.pending(), Map.of())).isTrue();
    }
}

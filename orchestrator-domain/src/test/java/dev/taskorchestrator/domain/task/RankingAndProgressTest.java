package dev.taskorchestrator.domain.task;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class RankingAndProgressTest {

    private static Task task(Priority priority, Instant created) {
        NewTask spec = new NewTask(Optional.empty(), Optional.empty(), "t", "", TaskType.STANDARD, "generic",
                Complexity.MODERATE, priority, Optional.empty(), Optional.empty(), java.util.Map.of(), List.of(), false);
        return Task.create(Tasks.id(), spec, created);
    }

    private static NextTaskCandidate candidate(Priority priority, Instant created, boolean planOpen, int chain) {
        Task task = task(priority, created);
        return new NextTaskCandidate(task.id(), task.priority(), task.createdAt(), planOpen, chain);
    }

    @Test
    void givenCandidates_whenRanked_thenOpenPlanThenPriorityThenLongestChainThenAge() {
        Instant t = Tasks.T0;
        NextTaskCandidate openPlanLow = candidate(Priority.LOW, t.plusSeconds(50), true, 0);
        NextTaskCandidate criticalNoChain = candidate(Priority.CRITICAL, t.plusSeconds(40), false, 0);
        NextTaskCandidate highLongChain = candidate(Priority.HIGH, t.plusSeconds(30), false, 5);
        NextTaskCandidate highShortChainOld = candidate(Priority.HIGH, t.plusSeconds(1), false, 1);
        NextTaskCandidate highShortChainNew = candidate(Priority.HIGH, t.plusSeconds(20), false, 1);

        List<NextTaskCandidate> ranked = java.util.stream.Stream.of(highShortChainNew, criticalNoChain, highShortChainOld,
                openPlanLow, highLongChain).sorted(NextTaskCandidate.RANKING).toList();

        assertThat(ranked).containsExactly(openPlanLow, criticalNoChain, highLongChain, highShortChainOld, highShortChainNew);
    }

    @Test
    void givenSubtasksInSeveralStatuses_whenProgressIsDerived_thenClosedOnesCountTowardsThePercentage() {
        PlanProgress progress = PlanProgress.of(List.of(Tasks.in(TaskStatus.COMPLETED), Tasks.in(TaskStatus.CANCELLED),
                Tasks.in(TaskStatus.FAILED), Tasks.in(TaskStatus.PENDING)));

        assertThat(progress).isEqualTo(new PlanProgress(4, 1, 2, 1, 50));
        assertThat(progress.allClosed()).isFalse();
        assertThat(PlanProgress.of(List.of(Tasks.in(TaskStatus.COMPLETED))).allClosed()).isTrue();
        assertThat(PlanProgress.of(List.of()).allClosed()).isFalse();
    }
}

package dev.taskorchestrator.domain.task;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class CriticalPathTest {

    private static Task after(Task task, Task... prerequisites) {
        return task.withDependencies(Arrays.stream(prerequisites).map(Task::id).toList(), Tasks.T0);
    }

    @Test
    void givenTwoBranches_whenTheCriticalPathIsFound_thenTheLongerChainFirstPrerequisiteFirst() {
        Task design = Tasks.pending();
        Task schema = after(Tasks.pending(), design);
        Task api = after(Tasks.pending(), schema);
        Task docs = after(Tasks.pending(), design);
        Task release = after(Tasks.pending(), api, docs);

        assertThat(CriticalPath.of(List.of(release, docs, api, schema, design)))
                .containsExactly(design.id(), schema.id(), api.id(), release.id());
    }

    @Test
    void givenDoneWork_whenTheCriticalPathIsFound_thenOnlyWhatIsStillToDoCounts() {
        Task done = Tasks.in(TaskStatus.COMPLETED);
        Task cancelled = Tasks.in(TaskStatus.CANCELLED);
        Task failed = Tasks.in(TaskStatus.FAILED);
        Task next = after(Tasks.pending(), done, cancelled, failed);
        Task alone = Tasks.in(TaskStatus.IN_PROGRESS);

        assertThat(CriticalPath.of(List.of(alone, done, cancelled, failed, next)))
                .containsExactly(failed.id(), next.id());
    }

    @Test
    void givenPrerequisitesOutsideThePlan_whenTheCriticalPathIsFound_thenTheyAreLeftOut() {
        Task outside = Tasks.pending();
        Task inside = after(Tasks.pending(), outside);

        assertThat(CriticalPath.of(List.of(inside))).containsExactly(inside.id());
    }

    @Test
    void givenEqualChains_whenTheCriticalPathIsFound_thenTheOneMetFirstEveryTime() {
        Task a = Tasks.pending();
        Task b = Tasks.pending();

        assertThat(CriticalPath.of(List.of(b, a))).containsExactly(b.id());
        assertThat(CriticalPath.of(List.of(a, b))).containsExactly(a.id());
        assertThat(CriticalPath.of(List.of(Tasks.in(TaskStatus.COMPLETED)))).isEmpty();
    }

    @Test
    void givenAChainOfOneHundredThousand_whenTheCriticalPathIsFound_thenAllOfItWithoutOverflowingTheStack() {
        List<Task> chain = new ArrayList<>();
        chain.add(Tasks.pending());
        for (int n = 1; n < 100_000; n++) {
            chain.add(after(Tasks.pending(), chain.get(n - 1)));
        }

        List<TaskId> path = CriticalPath.of(chain);

        assertThat(path).hasSize(100_000).startsWith(chain.get(0).id()).endsWith(chain.get(99_999).id());
        assertThat(Optional.of(path.get(1))).contains(chain.get(1).id());
    }
}

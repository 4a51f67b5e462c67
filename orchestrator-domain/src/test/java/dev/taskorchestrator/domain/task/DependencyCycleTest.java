package dev.taskorchestrator.domain.task;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.assertThatNoException;

import dev.taskorchestrator.domain.common.ErrorCode;
import dev.taskorchestrator.domain.common.OrchestratorException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class DependencyCycleTest {

    private final Map<TaskId, List<TaskId>> edges = new HashMap<>();
    private final DependencyGraph graph = new DependencyGraph(id -> edges.getOrDefault(id, List.of()));

    private void dependsOn(TaskId task, TaskId... prerequisites) {
        edges.put(task, List.of(prerequisites));
    }

    @Test
    void givenATaskDependingOnItself_whenChecked_thenTheCycleIsNamed() {
        TaskId a = Tasks.id("aaaaaa");

        assertThatThrownBy(() -> graph.requireNoCycle(a, List.of(a)))
                .isInstanceOfSatisfying(OrchestratorException.class, e -> {
                    assertThat(e.code()).isEqualTo(ErrorCode.DEPENDENCY_CYCLE);
                    assertThat(e.getMessage()).endsWith("task_aaaaaa -> task_aaaaaa");
                    assertThat(e.field()).contains("dependencies");
                });
    }

    @Test
    void givenAStoredSelfDependency_whenRestored_thenRefusedAsACycle() {
        Task task = Tasks.pending();

        assertThatThrownBy(() -> task.withDependencies(List.of(task.id()), Tasks.T0))
                .isInstanceOfSatisfying(OrchestratorException.class,
                        e -> assertThat(e.code()).isEqualTo(ErrorCode.DEPENDENCY_CYCLE));
    }

    @Test
    void givenBDependsOnA_whenADependsOnB_thenTheCycleIsNamedInOrder() {
        TaskId a = Tasks.id("aaaaaa");
        TaskId b = Tasks.id("bbbbbb");
        dependsOn(b, a);

        assertThatThrownBy(() -> graph.requireNoCycle(a, List.of(b)))
                .hasMessage("dependency cycle: task_aaaaaa -> task_bbbbbb -> task_aaaaaa");
    }

    @Test
    void givenAChainOfTenThousand_whenTheLastWouldDependOnTheFirst_thenTheWholeCycleIsNamedWithoutOverflow() {
        List<TaskId> chain = new ArrayList<>();
        for (int i = 0; i < 10_000; i++) {
            chain.add(Tasks.id());
        }
        for (int i = 1; i < chain.size(); i++) {
            dependsOn(chain.get(i - 1), chain.get(i));
        }
        TaskId first = chain.get(0);
        TaskId last = chain.get(chain.size() - 1);

        assertThatThrownBy(() -> graph.requireNoCycle(last, List.of(first)))
                .hasMessage("dependency cycle: " + last + " -> "
                        + chain.stream().map(TaskId::value).collect(Collectors.joining(" -> ")));
    }

    @Test
    void givenADiamond_whenChecked_thenNoCycleIsReported() {
        TaskId top = Tasks.id();
        TaskId left = Tasks.id();
        TaskId right = Tasks.id();
        TaskId bottom = Tasks.id();
        dependsOn(left, bottom);
        dependsOn(right, bottom);

        assertThatNoException().isThrownBy(() -> graph.requireNoCycle(top, List.of(left, right)));
    }

    @Test
    void givenAStoredCycle_whenSearchedFromAnyMember_thenItIsFoundAndClosed() {
        TaskId a = Tasks.id("aaaaaa");
        TaskId b = Tasks.id("bbbbbb");
        TaskId c = Tasks.id("cccccc");
        dependsOn(a, b);
        dependsOn(b, c);
        dependsOn(c, a);

        assertThat(graph.findCycleFrom(a)).contains(List.of(a, b, c, a));
    }

    @Test
    void givenADiamondAndAChain_whenTheLongestPathIsMeasured_thenItCountsTheEdgesOfTheLongestBranch() {
        TaskId top = Tasks.id();
        TaskId left = Tasks.id();
        TaskId right = Tasks.id();
        TaskId deep = Tasks.id();
        TaskId bottom = Tasks.id();
        dependsOn(top, left, right);
        dependsOn(left, bottom);
        dependsOn(right, deep);
        dependsOn(deep, bottom);

        assertThat(graph.longestPathFrom(top)).isEqualTo(3);
        assertThat(graph.longestPathFrom(bottom)).isZero();
    }

    @Test
    void givenNoCycle_whenSearched_thenNoneIsFound() {
        TaskId a = Tasks.id();
        TaskId b = Tasks.id();
        dependsOn(a, b);

        assertThat(graph.findCycleFrom(a)).isEmpty();
        assertThat(graph.path(b, a)).isEmpty();
        assertThat(graph.path(a, b)).contains(List.of(a, b));
    }
}

package dev.taskorchestrator.testkit.usecases;

import static org.assertj.core.api.Assertions.assertThat;

import dev.taskorchestrator.application.port.in.NextTaskUseCase;
import dev.taskorchestrator.application.port.in.PlannedTask;
import dev.taskorchestrator.domain.common.ErrorCode;
import dev.taskorchestrator.domain.common.OrchestratorException;
import dev.taskorchestrator.domain.session.SessionId;
import dev.taskorchestrator.domain.task.Priority;
import dev.taskorchestrator.domain.task.TaskId;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

class NextTaskUseCaseTest extends UseCaseTest {

    private NextTaskUseCase.Result next(SessionId session, String role, boolean claim, String agent) {
        return orchestrator.nextTask(new NextTaskUseCase.Query(Optional.ofNullable(session), Optional.ofNullable(role), claim,
                Optional.ofNullable(agent).map(dev.taskorchestrator.domain.common.Actor::agent)));
    }

    @Test
    void givenEqualTasks_whenTheNextIsAsked_thenTheOneWithTheLongestChainOfDependentsWins() {
        SessionId session = session();
        var result = plan(parent("root", "Root", leaf("short", "Short"), leaf("long", "Long"), leaf("x", "X", "long"),
                leaf("y", "Y", "x"), leaf("z", "Z", "short")), session, false);

        assertThat(next(session, null, false, null).task()).hasValueSatisfying(
                t -> assertThat(t.id()).isEqualTo(result.keys().get("long")));
    }

    @Test
    void givenTwoLongChains_whenTheNextIsAsked_thenTheLongerWinsThoughTheOtherIsOlder() {
        SessionId session = session();
        plan(chain("short", 12), session, false);
        TaskId longer = plan(chain("long", 20), session, false).keys().get("long0");

        assertThat(next(session, null, false, null).task()).hasValueSatisfying(
                t -> assertThat(t.id()).isEqualTo(longer));
    }

    /** A plan of {@code length} tasks, each waiting for the one before. */
    private static PlannedTask chain(String name, int length) {
        List<PlannedTask> links = new ArrayList<>();
        for (int i = 0; i < length; i++) {
            links.add(i == 0 ? leaf(name + i, "Link " + i) : leaf(name + i, "Link " + i, name + (i - 1)));
        }
        return parent(name, "Chain " + name, links.toArray(PlannedTask[]::new));
    }

    @Test
    void givenAStartedPlanAndAHigherPriorityTaskElsewhere_whenTheNextIsAsked_thenTheStartedPlanComesFirst() {
        SessionId session = session();
        var started = plan(parent("p", "Started", leaf("a", "A"), leaf("b", "B")), session, false);
        plan(leaf("urgent", "Urgent").withPriority(Priority.CRITICAL), session, false);
        complete(started.keys().get("a"), "agent");

        assertThat(next(session, null, false, null).task()).hasValueSatisfying(
                t -> assertThat(t.id()).isEqualTo(started.keys().get("b")));
    }

    @Test
    void givenPriorities_whenTheNextIsAsked_thenTheHighestReadyPriorityWins() {
        SessionId session = session();
        plan(leaf("low", "Low").withPriority(Priority.LOW), session, false);
        TaskId high = plan(leaf("high", "High").withPriority(Priority.HIGH), session, false).rootId();

        assertThat(next(session, null, false, null).task()).hasValueSatisfying(t -> assertThat(t.id()).isEqualTo(high));
    }

    @Test
    void givenARoleFilter_whenTheNextIsAsked_thenOnlyThatRoleIsConsideredAndAliasesWork() {
        SessionId session = session();
        plan(leaf("t", "Test").withSpecialist("tester").withPriority(Priority.CRITICAL), session, false);
        TaskId code = plan(leaf("c", "Code").withSpecialist("implementer"), session, false).rootId();

        assertThat(next(session, "coder", false, null).task()).hasValueSatisfying(t -> assertThat(t.id()).isEqualTo(code));
    }

    @Test
    void givenClaimTrue_whenTheNextIsAskedTwice_thenEachCallClaimsADifferentTask() {
        SessionId session = session();
        plan(parent("root", "Root", leaf("a", "A"), leaf("b", "B")), session, false);

        NextTaskUseCase.Result first = next(session, null, true, "agent-1");
        NextTaskUseCase.Result second = next(session, null, true, "agent-2");

        assertThat(first.execution()).isPresent();
        assertThat(first.task().orElseThrow().assignee()).contains("agent-1");
        assertThat(second.task().orElseThrow().id()).isNotEqualTo(first.task().orElseThrow().id());
        assertThat(next(session, null, true, "agent-3").task()).isEmpty();
    }

    @Test
    void givenNothingReady_whenTheNextIsAsked_thenNoneWithTheCountsThatExplainWhy() {
        SessionId session = session();
        var result = plan(parent("root", "Root", leaf("a", "A"), leaf("b", "B", "a")), session, false);
        execute(result.keys().get("a"), "agent");

        NextTaskUseCase.Result none = next(session, null, false, null);

        assertThat(none.task()).isEmpty();
        assertThat(none.openTasks()).isEqualTo(3);
        assertThat(none.inProgress()).isEqualTo(2);
    }

    @Test
    void givenClaimWithoutAnAgent_whenAsked_thenRefusedNamingAgent() {
        assertRefused(ErrorCode.INVALID_ARGUMENT, "agent", () -> next(null, null, true, null));
    }

    @Test
    void givenEightAgentsClaimingAtOnce_whenTheyDrainTheQueue_thenEveryTaskIsClaimedExactlyOnce() throws Exception {
        SessionId session = session();
        List<PlannedTask> work = new ArrayList<>();
        for (int i = 0; i < 200; i++) {
            work.add(PlannedTask.titled("Task " + i));
        }
        List<TaskId> planned = new ArrayList<>();
        for (PlannedTask task : work) {
            planned.add(plan(task, session, false).rootId());
        }
        List<TaskId> claimed = Collections.synchronizedList(new ArrayList<>());
        ExecutorService agents = Executors.newFixedThreadPool(8);
        try {
            List<Future<?>> running = new ArrayList<>();
            for (int a = 0; a < 8; a++) {
                String agent = "agent-" + a;
                running.add(agents.submit(() -> {
                    while (true) {
                        Optional<TaskId> got = next(session, null, true, agent).task().map(t -> t.id());
                        if (got.isEmpty()) {
                            return;
                        }
                        claimed.add(got.get());
                    }
                }));
            }
            for (Future<?> agent : running) {
                agent.get(60, TimeUnit.SECONDS);
            }
        } finally {
            agents.shutdownNow();
        }

        assertThat(claimed).hasSize(200).doesNotHaveDuplicates().containsExactlyInAnyOrderElementsOf(planned);
    }

    @Test
    void givenAnUnknownRole_whenTheNextIsAsked_thenRefusedListingTheRoles() {
        OrchestratorException error = assertRefused(ErrorCode.INVALID_ARGUMENT, "specialist_type",
                () -> next(null, "wizard", false, null));

        assertThat(error.allowed()).contains("tester");
    }
}

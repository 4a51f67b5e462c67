package dev.taskorchestrator.testkit.usecases;

import static org.assertj.core.api.Assertions.assertThat;

import dev.taskorchestrator.application.port.in.ExecuteTaskUseCase;
import dev.taskorchestrator.application.port.in.NextTaskUseCase;
import dev.taskorchestrator.application.port.in.QueryTasksUseCase;
import dev.taskorchestrator.application.port.in.TaskExecution;
import dev.taskorchestrator.application.port.in.UpdateTaskUseCase;
import dev.taskorchestrator.application.port.out.TaskFilter;
import dev.taskorchestrator.domain.common.Actor;
import dev.taskorchestrator.domain.common.ErrorCode;
import dev.taskorchestrator.domain.common.OrchestratorException;
import dev.taskorchestrator.domain.session.SessionId;
import dev.taskorchestrator.domain.task.NotReady;
import dev.taskorchestrator.domain.task.Priority;
import dev.taskorchestrator.domain.task.TaskChanges;
import dev.taskorchestrator.domain.task.TaskId;
import dev.taskorchestrator.domain.task.TaskStatus;
import dev.taskorchestrator.domain.task.TaskType;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.Set;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/** What an agent in a long run leans on: leases it sets, filters that find its work, and reasons when there is none. */
class AgentErgonomicsUseCaseTest extends UseCaseTest {

    private TaskExecution execute(TaskId id, String agent, Duration lease) {
        return orchestrator.executeTask(new ExecuteTaskUseCase.Command(id, Actor.agent(agent), false,
                Optional.of(lease)));
    }

    private NextTaskUseCase.Result next(SessionId session, Optional<TaskId> under, Set<Priority> priorities,
            Set<TaskType> types, boolean claim) {
        return orchestrator.nextTask(new NextTaskUseCase.Query(Optional.of(session), Optional.empty(), under, priorities,
                types, claim, claim ? Optional.of(AGENT) : Optional.empty(), Optional.empty()));
    }

    private UpdateTaskUseCase.Result update(TaskId id, Optional<TaskStatus> status, Optional<List<TaskId>> dependencies,
            List<TaskId> add, String agent) {
        return orchestrator.updateTask(new UpdateTaskUseCase.Command(id, OptionalLong.empty(), TaskChanges.none(),
                status, Optional.of("by hand"), add, List.of(), dependencies, Actor.agent(agent), false));
    }

    @Nested
    class Leases {

        @Test
        void givenALeaseAskedFor_whenClaimed_thenItEndsThenAndAnotherAgentTakesTheTaskAfterIt() {
            TaskId task = plan(leaf("a", "A")).rootId();

            TaskExecution claimed = execute(task, "agent-1", Duration.ofSeconds(90));
            assertThat(claimed.task().data().leaseExpiresAt()).contains(clock.instant().plusSeconds(90));

            clock.advance(Duration.ofSeconds(89));
            assertRefused(ErrorCode.ALREADY_CLAIMED, "task_id", () -> execute(task, "agent-2"));
            clock.advance(Duration.ofSeconds(1));
            assertThat(execute(task, "agent-2").assignee()).contains("agent-2");
        }

        @Test
        void givenAHeldTask_whenTheHolderExecutesAgain_thenTheLeaseIsRenewedFromNowAndThePromptReturned() {
            TaskId task = plan(leaf("a", "A")).rootId();
            execute(task, "agent-1", Duration.ofMinutes(10));
            clock.advance(Duration.ofMinutes(8));

            TaskExecution renewed = execute(task, "agent-1", Duration.ofHours(2));

            assertThat(renewed.renewed()).isTrue();
            assertThat(renewed.prompt()).isNotBlank();
            assertThat(renewed.task().data().leaseExpiresAt()).contains(clock.instant().plus(Duration.ofHours(2)));
        }

        @Test
        void givenAHeldTask_whenTheHolderReleasesIt_thenItIsPendingOnRecordAndAnotherMayTakeIt() {
            TaskId task = plan(leaf("a", "A")).rootId();
            execute(task, "agent-1");

            assertRefused(ErrorCode.ALREADY_CLAIMED, "task_id",
                    () -> update(task, Optional.of(TaskStatus.PENDING), Optional.empty(), List.of(), "agent-2"));
            update(task, Optional.of(TaskStatus.PENDING), Optional.empty(), List.of(), "agent-1");

            assertThat(task(task).status()).isEqualTo(TaskStatus.PENDING);
            assertThat(task(task).assignee()).isEmpty();
            assertThat(store.ports().events().history(task, 50)).anySatisfy(event ->
                    assertThat(event.detail()).contains("pending"));
            assertThat(execute(task, "agent-2").assignee()).contains("agent-2");
        }

        @Test
        void givenLeasesOutsideTheBounds_whenAsked_thenRefusedNamingTheFieldAndTheBounds() {
            TaskId task = plan(leaf("a", "A")).rootId();

            for (Duration wrong : List.of(Duration.ofSeconds(59), Duration.ofSeconds(86_401), Duration.ZERO)) {
                OrchestratorException refused = assertRefused(ErrorCode.INVALID_ARGUMENT, "lease_seconds",
                        () -> execute(task, "agent-1", wrong));
                assertThat(refused.getMessage()).contains("60", "86400");
            }
            assertThat(execute(task, "agent-1", Duration.ofSeconds(86_400)).task().data().leaseExpiresAt())
                    .contains(clock.instant().plus(Duration.ofDays(1)));
        }

        @Test
        void givenAnotherAgentsClaim_whenRefused_thenTheErrorSaysWhenToRetry() {
            TaskId task = plan(leaf("a", "A")).rootId();
            execute(task, "agent-1", Duration.ofSeconds(300));
            clock.advance(Duration.ofSeconds(100));

            OrchestratorException refused = assertRefused(ErrorCode.ALREADY_CLAIMED, "task_id",
                    () -> execute(task, "agent-2"));

            assertThat(refused.retryable()).isTrue();
            assertThat(refused.retryAfter()).contains(Duration.ofSeconds(200));
        }

        @Test
        void givenNextTaskWithClaimAndALease_whenClaimed_thenThatLeaseIsTaken() {
            SessionId session = session();
            plan(leaf("a", "A"), session, false);

            NextTaskUseCase.Result claimed = orchestrator.nextTask(new NextTaskUseCase.Query(Optional.of(session),
                    Optional.empty(), Optional.empty(), Set.of(), Set.of(), true, Optional.of(AGENT),
                    Optional.of(Duration.ofHours(3))));

            assertThat(claimed.execution().orElseThrow().task().data().leaseExpiresAt())
                    .contains(clock.instant().plus(Duration.ofHours(3)));
        }
    }

    @Nested
    class FindAndClaim {

        @Test
        void givenFilters_whenNextTaskClaims_thenOnlyAMatchingTaskBelowTheAncestorIsTaken() {
            SessionId session = session();
            var planned = plan(parent("root", "Root",
                    parent("phase", "Phase", leaf("low", "Low").withPriority(Priority.LOW),
                            leaf("high", "High").withPriority(Priority.HIGH)),
                    leaf("other", "Other").withPriority(Priority.CRITICAL)), session, false);
            plan(leaf("elsewhere", "Elsewhere").withPriority(Priority.CRITICAL), session, false);
            TaskId phase = planned.keys().get("phase");

            NextTaskUseCase.Result found = next(session, Optional.of(phase), Set.of(), Set.of(), true);
            assertThat(found.execution().orElseThrow().task().id()).isEqualTo(planned.keys().get("high"));

            NextTaskUseCase.Result low = next(session, Optional.of(phase), Set.of(Priority.LOW), Set.of(), true);
            assertThat(low.execution().orElseThrow().task().id()).isEqualTo(planned.keys().get("low"));

            NextTaskUseCase.Result none = next(session, Optional.of(phase), Set.of(), Set.of(), true);
            assertThat(none.task()).isEmpty();
            assertThat(none.closestToReady()).extracting(held -> held.task().id())
                    .contains(planned.keys().get("low"), planned.keys().get("high"));
        }
    }

    @Nested
    class WhyNotReady {

        @Test
        void givenEveryKindOfHold_whenNothingIsReady_thenEachOpenTaskSaysWhatHoldsItClosestFirst() {
            SessionId session = session();
            var planned = plan(parent("root", "Root",
                    leaf("first", "First"),
                    leaf("second", "Second", "first"),
                    leaf("third", "Third", "first", "second"),
                    leaf("stuck", "Stuck")), session, false);
            TaskId first = planned.keys().get("first");
            TaskId stuck = planned.keys().get("stuck");
            execute(first, "agent-9", Duration.ofMinutes(20));
            update(stuck, Optional.of(TaskStatus.BLOCKED), Optional.empty(), List.of(), "agent-1");

            NextTaskUseCase.Result none = next(session, Optional.empty(), Set.of(), Set.of(), false);

            assertThat(none.task()).isEmpty();
            Map<TaskId, NotReady> held = new java.util.HashMap<>();
            none.closestToReady().forEach(n -> held.put(n.task().id(), n));
            assertThat(held.get(first).holds()).containsExactly(new NotReady.Claimed("agent-9",
                    clock.instant().plus(Duration.ofMinutes(20))));
            assertThat(held.get(stuck).holds()).containsExactly(new NotReady.Blocked(Optional.of("by hand")));
            assertThat(held.get(planned.keys().get("second")).holds())
                    .containsExactly(new NotReady.Prerequisite(first, Optional.of(TaskStatus.IN_PROGRESS)));
            assertThat(held.get(planned.keys().get("third")).holds()).hasSize(2);
            assertThat(held.get(planned.rootId()).holds()).singleElement().isInstanceOf(NotReady.OpenSubtasks.class);
            assertThat(none.closestToReady().get(none.closestToReady().size() - 1).task().id())
                    .isEqualTo(planned.keys().get("third"));
        }

        @Test
        void givenATaskWaitingForAnother_whenExecuted_thenTheRefusalExplainsItLikeNextTask() {
            var planned = plan(parent("root", "Root", leaf("a", "A"), leaf("b", "B", "a")));
            TaskId a = planned.keys().get("a");
            execute(a, "agent-9");

            OrchestratorException refused = assertRefused(ErrorCode.NOT_READY, "task_id",
                    () -> execute(planned.keys().get("b"), "agent-1"));

            assertThat(refused.getMessage()).contains("waiting for " + a + " (in_progress)");
        }

        @Test
        void givenReadyAndHeldTasks_whenQueriedByReadiness_thenEachSideIsListedAndTheCursorGoesOn() {
            var planned = plan(parent("root", "Root", leaf("a", "A"), leaf("b", "B", "a"), leaf("c", "C"),
                    leaf("d", "D", "c")));

            var ready = orchestrator.queryTasks(new QueryTasksUseCase.Query(TaskFilter.any(), 50, Optional.empty(),
                    false, false, Optional.of(true)));
            var held = orchestrator.queryTasks(new QueryTasksUseCase.Query(TaskFilter.any(), 50, Optional.empty(),
                    false, false, Optional.of(false)));
            var firstOfOne = orchestrator.queryTasks(new QueryTasksUseCase.Query(TaskFilter.any(), 1, Optional.empty(),
                    false, false, Optional.of(true)));
            var secondOfOne = orchestrator.queryTasks(new QueryTasksUseCase.Query(TaskFilter.any(), 1,
                    Optional.of(firstOfOne.nextCursor().orElseThrow()), false, false, Optional.of(true)));

            assertThat(ready.tasks()).extracting(row -> row.task().id())
                    .containsExactlyInAnyOrder(planned.keys().get("a"), planned.keys().get("c"));
            assertThat(held.tasks()).extracting(row -> row.task().id()).containsExactlyInAnyOrder(planned.rootId(),
                    planned.keys().get("b"), planned.keys().get("d"));
            assertThat(List.of(firstOfOne.tasks().get(0).task().id(), secondOfOne.tasks().get(0).task().id()))
                    .containsExactlyInAnyOrder(planned.keys().get("a"), planned.keys().get("c"));
            assertThat(ready.totalCount()).isEmpty();
        }
    }

    @Nested
    class WholeDependencySet {

        @Test
        void givenANewWholeSet_whenUpdated_thenItReplacesTheOldOneAndACycleOrAMixIsRefused() {
            var planned = plan(parent("root", "Root", leaf("a", "A"), leaf("b", "B"), leaf("c", "C", "a")));
            TaskId a = planned.keys().get("a");
            TaskId b = planned.keys().get("b");
            TaskId c = planned.keys().get("c");

            update(c, Optional.empty(), Optional.of(List.of(b, b)), List.of(), "agent-1");
            assertThat(task(c).dependencies()).containsExactly(b);

            assertRefused(ErrorCode.DEPENDENCY_CYCLE, "dependencies", () -> update(b, Optional.empty(),
                    Optional.of(List.of(c)), List.of(), "agent-1"));
            assertRefused(ErrorCode.INVALID_ARGUMENT, "dependencies", () -> update(c, Optional.empty(),
                    Optional.of(List.of(a)), List.of(a), "agent-1"));
            assertRefused(ErrorCode.NOT_FOUND, "dependencies[1]", () -> update(c, Optional.empty(),
                    Optional.of(List.of(a, new TaskId("task_zzzzzzzzzzzz"))), List.of(), "agent-1"));

            update(c, Optional.empty(), Optional.of(List.of()), List.of(), "agent-1");
            assertThat(task(c).dependencies()).isEmpty();
        }
    }
}

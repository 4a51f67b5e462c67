package dev.taskorchestrator.testkit.usecases;

import static org.assertj.core.api.Assertions.assertThat;

import dev.taskorchestrator.application.port.in.CompleteTaskUseCase;
import dev.taskorchestrator.application.port.in.InitializeSessionUseCase;
import dev.taskorchestrator.application.port.in.NextTaskUseCase;
import dev.taskorchestrator.application.port.in.PlanTaskUseCase;
import dev.taskorchestrator.application.port.in.PlannedTask;
import dev.taskorchestrator.application.port.in.UpdateTaskUseCase;
import dev.taskorchestrator.application.service.OrchestratorSettings;
import dev.taskorchestrator.domain.artifact.ArtifactType;
import dev.taskorchestrator.domain.common.Actor;
import dev.taskorchestrator.domain.common.ErrorCode;
import dev.taskorchestrator.domain.session.SessionId;
import dev.taskorchestrator.domain.task.NextAction;
import dev.taskorchestrator.domain.task.TaskChanges;
import dev.taskorchestrator.domain.task.TaskEventType;
import dev.taskorchestrator.domain.task.TaskId;
import dev.taskorchestrator.domain.task.TaskStatus;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/** The rules that keep the plan consistent however it is changed: no unheld work, no silent deadlocks. */
class ConsistencyUseCaseTest extends UseCaseTest {

    private UpdateTaskUseCase.Result start(TaskId id, Actor actor) {
        return orchestrator.updateTask(new UpdateTaskUseCase.Command(id, OptionalLong.empty(), TaskChanges.none(),
                Optional.of(TaskStatus.IN_PROGRESS), Optional.empty(), List.of(), List.of(), actor, false));
    }

    @Test
    void givenAnUpdateToInProgress_whenApplied_thenTheTaskIsClaimedForTheActorSoNoOneElseGetsIt() {
        SessionId session = session();
        TaskId id = plan(leaf("a", "A"), session, false).rootId();

        UpdateTaskUseCase.Result started = start(id, Actor.agent("agent-a"));

        assertThat(started.task().assignee()).contains("agent-a");
        assertThat(started.changed()).contains("status");
        assertThat(orchestrator.nextTask(new NextTaskUseCase.Query(Optional.of(session), Optional.empty(), true,
                Optional.of(Actor.agent("agent-b")))).task()).isEmpty();
    }

    @Test
    void givenAnOperatorStartingATask_whenApplied_thenThePersonHoldsTheTaskByName() {
        TaskId id = plan(leaf("a", "A")).rootId();

        assertThat(start(id, OPERATOR).task().assignee()).contains(OPERATOR.name());
    }

    @Test
    void givenAnUpdateToInProgressOfATaskNotReady_whenApplied_thenNotReady() {
        var result = plan(parent("root", "Root", leaf("a", "A"), leaf("b", "B", "a")));

        assertRefused(ErrorCode.NOT_READY, "task_id", () -> start(result.keys().get("b"), AGENT));
    }

    @Test
    void givenUnmetPrerequisites_whenCompletedOrMarkedCompleted_thenNotReadyNamingThem() {
        var result = plan(parent("root", "Root", leaf("a", "A"), leaf("b", "B", "a")));
        TaskId b = result.keys().get("b");

        var error = assertRefused(ErrorCode.NOT_READY, "task_id", () -> complete(b, "agent"));
        assertThat(error.getMessage()).contains(result.keys().get("a").value());
        assertRefused(ErrorCode.NOT_READY, "task_id",
                () -> orchestrator.updateTask(UpdateTaskUseCase.Command.movingTo(b, TaskStatus.COMPLETED, AGENT)));
    }

    @Test
    void givenAnExpiredLeaseOfAnother_whenWorkIsHandedInForRevision_thenTheTaskMovesToTheAgentThatDidIt() {
        TaskId id = plan(leaf("a", "A")).rootId();
        execute(id, "agent-a");
        clock.advance(OrchestratorSettings.DEFAULT_LEASE.plusMinutes(1));

        CompleteTaskUseCase.Result result = orchestrator.completeTask(new CompleteTaskUseCase.Command(id, "draft",
                "first pass", ArtifactType.GENERAL, Optional.empty(), List.of(), NextAction.NEEDS_REVISION,
                Actor.agent("agent-b"), false, Optional.empty()));

        assertThat(result.task().assignee()).contains("agent-b");
        assertThat(result.task().data().leaseExpiresAt()).contains(clock.instant().plus(OrchestratorSettings.DEFAULT_LEASE));
    }

    @Test
    void givenASubtask_whenItWouldDependOnItsOwnPlan_thenRefusedAsACycleInPlanAndUpdate() {
        assertRefused(ErrorCode.DEPENDENCY_CYCLE, "subtasks[0].subtasks[0].dependencies",
                () -> plan(parent("root", "Root", parent("mid", "Mid", leaf("a", "A", "root")))));

        var result = plan(parent("root", "Root", parent("mid", "Mid", leaf("a", "A"))));
        assertRefused(ErrorCode.DEPENDENCY_CYCLE, "add_dependencies", () -> orchestrator.updateTask(
                new UpdateTaskUseCase.Command(result.keys().get("a"), OptionalLong.empty(), TaskChanges.none(),
                        Optional.empty(), Optional.empty(), List.of(result.rootId()), List.of(), AGENT, false)));
    }

    @Test
    void givenAClaimThatExpired_whenTheNextTaskIsAsked_thenTheTaskIsBackToPendingRecordedAndOffered() {
        SessionId session = session();
        TaskId id = plan(leaf("a", "A"), session, false).rootId();
        execute(id, "agent-a");
        clock.advance(OrchestratorSettings.DEFAULT_LEASE);

        NextTaskUseCase.Result next = orchestrator.nextTask(new NextTaskUseCase.Query(Optional.of(session), Optional.empty(),
                false, Optional.empty()));

        assertThat(next.task()).hasValueSatisfying(t -> assertThat(t.id()).isEqualTo(id));
        assertThat(task(id).status()).isEqualTo(TaskStatus.PENDING);
        assertThat(task(id).assignee()).isEmpty();
        assertThat(store.ports().events().history(id, 10)).extracting(e -> e.type()).contains(TaskEventType.LEASE_EXPIRED);
    }

    @Test
    void givenAWorkspaceWrittenWithATrailingSlash_whenInitialized_thenItIsTheSameSession() {
        SessionId first = session();

        SessionId again = orchestrator.initializeSession(new InitializeSessionUseCase.Command(workspace + "/",
                Optional.empty())).session().session().id();

        assertThat(again).isEqualTo(first);
    }

    @Test
    void givenManySiblingsOfOnePlan_whenAgentsExecuteThemAtOnce_thenEveryOneSucceedsAndThePlanStartsOnce() throws Exception {
        List<PlannedTask> children = new ArrayList<>();
        for (int i = 0; i < 40; i++) {
            children.add(PlannedTask.titled("Child " + i).withKey("c" + i));
        }
        PlanTaskUseCase.Result result = plan(PlannedTask.titled("Plan").withSubtasks(children));
        List<Throwable> failures = Collections.synchronizedList(new ArrayList<>());
        ExecutorService agents = Executors.newFixedThreadPool(8);
        try {
            List<Future<?>> running = new ArrayList<>();
            for (int i = 0; i < 40; i++) {
                TaskId child = result.keys().get("c" + i);
                String agent = "agent-" + i;
                running.add(agents.submit(() -> {
                    try {
                        execute(child, agent);
                    } catch (RuntimeException e) {
                        failures.add(e);
                    }
                }));
            }
            for (Future<?> future : running) {
                future.get(60, TimeUnit.SECONDS);
            }
        } finally {
            agents.shutdownNow();
        }

        assertThat(failures).isEmpty();
        assertThat(store.ports().events().history(result.rootId(), 100)).extracting(e -> e.type())
                .containsOnlyOnce(TaskEventType.STATUS_CHANGED);
        assertThat(task(result.rootId()).status()).isEqualTo(TaskStatus.IN_PROGRESS);
        clock.advance(Duration.ZERO);
    }
}

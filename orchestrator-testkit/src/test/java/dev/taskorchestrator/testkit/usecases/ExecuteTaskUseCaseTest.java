package dev.taskorchestrator.testkit.usecases;

import static org.assertj.core.api.Assertions.assertThat;

import dev.taskorchestrator.application.port.in.ExecuteTaskUseCase;
import dev.taskorchestrator.application.port.in.TaskExecution;
import dev.taskorchestrator.application.service.OrchestratorSettings;
import dev.taskorchestrator.domain.common.Actor;
import dev.taskorchestrator.domain.common.ErrorCode;
import dev.taskorchestrator.domain.task.TaskEventType;
import dev.taskorchestrator.domain.task.TaskId;
import dev.taskorchestrator.domain.task.TaskStatus;
import dev.taskorchestrator.testkit.fixtures.TestIds;
import java.time.Duration;
import org.junit.jupiter.api.Test;

class ExecuteTaskUseCaseTest extends UseCaseTest {

    private static final Duration LEASE = OrchestratorSettings.DEFAULT_LEASE;

    private TaskExecution run(TaskId id, String agent, boolean force) {
        return orchestrator.executeTask(new ExecuteTaskUseCase.Command(id, Actor.agent(agent), force));
    }

    @Test
    void givenAReadyTask_whenExecuted_thenItIsClaimedWithALeaseAndTheRolePromptAndItsPlanStarts() {
        var result = plan(parent("root", "Root", leaf("a", "Design the schema").withSpecialist("architect")));
        TaskId a = result.keys().get("a");

        TaskExecution execution = run(a, "agent-a", false);

        assertThat(execution.task().status()).isEqualTo(TaskStatus.IN_PROGRESS);
        assertThat(execution.task().assignee()).contains("agent-a");
        assertThat(execution.task().data().leaseExpiresAt()).contains(clock.instant().plus(LEASE));
        assertThat(execution.role().name()).isEqualTo("architect");
        assertThat(execution.prompt()).contains(execution.role().roleDefinition(), "Design the schema", a.value());
        assertThat(task(result.rootId()).status()).isEqualTo(TaskStatus.IN_PROGRESS);
        assertThat(store.ports().events().history(a, 10)).extracting(e -> e.type())
                .containsExactly(TaskEventType.CREATED, TaskEventType.CLAIMED);
    }

    @Test
    void givenUnmetPrerequisites_whenExecuted_thenNotReadyNamingThemAndNothingChanges() {
        var result = plan(parent("root", "Root", leaf("a", "A"), leaf("b", "B", "a")));

        var error = assertRefused(ErrorCode.NOT_READY, "task_id", () -> run(result.keys().get("b"), "agent", false));

        assertThat(error.getMessage()).contains(result.keys().get("a").value());
    }

    @Test
    void givenUnmetPrerequisitesAndForce_whenExecuted_thenItRunsAndTheForceIsRecorded() {
        var result = plan(parent("root", "Root", leaf("a", "A"), leaf("b", "B", "a")));
        TaskId b = result.keys().get("b");

        TaskExecution execution = run(b, "agent", true);

        assertThat(execution.forced()).isTrue();
        assertThat(store.ports().events().history(b, 10)).extracting(e -> e.type())
                .contains(TaskEventType.FORCED_EXECUTION);
    }

    @Test
    void givenCompletedPrerequisites_whenExecuted_thenThePromptBuildsOnTheirSummaries() {
        var result = plan(parent("root", "Root", leaf("a", "A"), leaf("b", "B", "a")));
        complete(result.keys().get("a"), "agent");

        TaskExecution execution = run(result.keys().get("b"), "agent", false);

        assertThat(execution.completedPrerequisites()).extracting(t -> t.id()).containsExactly(result.keys().get("a"));
        assertThat(execution.prompt()).contains("done " + result.keys().get("a"));
    }

    @Test
    void givenAClaimHeldByAnother_whenExecuted_thenRefusedUntilTheLeaseEndsThenTakenOver() {
        TaskId id = plan(leaf("a", "A")).rootId();
        run(id, "agent-a", false);
        clock.advance(LEASE.minusSeconds(1));

        var error = assertRefused(ErrorCode.ALREADY_CLAIMED, "task_id", () -> run(id, "agent-b", false));
        assertThat(error.getMessage()).contains("claimed by agent-a until");

        clock.advance(Duration.ofSeconds(1));
        TaskExecution takeover = run(id, "agent-b", false);

        assertThat(takeover.task().assignee()).contains("agent-b");
        assertThat(takeover.task().data().attempts()).isEqualTo(2);
        assertThat(store.ports().events().history(id, 10)).extracting(e -> e.type())
                .containsExactly(TaskEventType.CREATED, TaskEventType.CLAIMED, TaskEventType.LEASE_EXPIRED,
                        TaskEventType.CLAIMED);
    }

    @Test
    void givenTheHolder_whenItExecutesAgain_thenTheLeaseIsRenewed() {
        TaskId id = plan(leaf("a", "A")).rootId();
        run(id, "agent-a", false);
        clock.advance(Duration.ofMinutes(20));

        TaskExecution again = run(id, "agent-a", false);

        assertThat(again.renewed()).isTrue();
        assertThat(again.task().data().leaseExpiresAt()).contains(clock.instant().plus(LEASE));
        assertThat(again.task().data().attempts()).isEqualTo(1);
    }

    @Test
    void givenAParentWithOpenSubtasks_whenExecuted_thenNotReadyNamingThem() {
        var result = plan(parent("root", "Root", leaf("a", "A")));

        assertRefused(ErrorCode.NOT_READY, "task_id", () -> run(result.rootId(), "agent", false));
    }

    @Test
    void givenAFinishedTask_whenExecuted_thenIllegalState() {
        TaskId id = plan(leaf("a", "A")).rootId();
        complete(id, "agent");

        assertRefused(ErrorCode.ILLEGAL_STATE, "task_id", () -> run(id, "agent", false));
    }

    @Test
    void givenAnUnknownTaskOrABlankAgent_whenExecuted_thenTheFieldIsNamed() {
        assertRefused(ErrorCode.NOT_FOUND, "task_id", () -> run(TestIds.taskId(), "agent", false));
        assertRefused(ErrorCode.INVALID_ARGUMENT, "agent", () -> run(TestIds.taskId(), " ", false));
    }
}

package dev.taskorchestrator.testkit.usecases;

import static org.assertj.core.api.Assertions.assertThat;

import dev.taskorchestrator.application.port.in.CancelTaskUseCase;
import dev.taskorchestrator.application.port.in.CompleteTaskUseCase;
import dev.taskorchestrator.application.port.in.DeleteTaskUseCase;
import dev.taskorchestrator.application.port.in.TaskHistoryUseCase;
import dev.taskorchestrator.application.port.in.UpdateTaskUseCase;
import dev.taskorchestrator.domain.artifact.ArtifactType;
import dev.taskorchestrator.domain.common.Actor;
import dev.taskorchestrator.domain.common.ErrorCode;
import dev.taskorchestrator.domain.task.NextAction;
import dev.taskorchestrator.domain.task.TaskChanges;
import dev.taskorchestrator.domain.task.TaskEvent;
import dev.taskorchestrator.domain.task.TaskEventType;
import dev.taskorchestrator.domain.task.TaskId;
import dev.taskorchestrator.domain.task.TaskStatus;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import org.junit.jupiter.api.Test;

/** Every change carries its actor: an operator may override another's claim when asking for it, an agent never. */
class ClaimOverrideUseCaseTest extends UseCaseTest {

    private static final Actor OTHER_AGENT = Actor.agent("agent-2");

    private TaskId held() {
        TaskId id = plan(leaf("a", "A")).rootId();
        execute(id, AGENT.name());
        return id;
    }

    private List<TaskEvent> history(TaskId id) {
        return orchestrator.taskHistory(new TaskHistoryUseCase.Query(id, 100));
    }

    private UpdateTaskUseCase.Command block(TaskId id, Actor actor, boolean force) {
        return new UpdateTaskUseCase.Command(id, OptionalLong.empty(), TaskChanges.none(), Optional.of(TaskStatus.BLOCKED),
                Optional.of("stuck"), List.of(), List.of(), actor, force);
    }

    @Test
    void givenATaskAnAgentHolds_whenAnOperatorCancelsItWithoutForce_thenRefusedSayingForceOverrides() {
        TaskId id = held();

        var error = assertRefused(ErrorCode.ALREADY_CLAIMED, "task_id",
                () -> orchestrator.cancelTask(CancelTaskUseCase.Command.of(id, "not needed", OPERATOR)));

        assertThat(error.getMessage()).contains("claimed by agent-1", "force overrides the claim");
    }

    @Test
    void givenATaskAnAgentHolds_whenAnOperatorOverridesIt_thenTheChangeIsMadeAndTheOverrideRecorded() {
        TaskId id = held();

        orchestrator.cancelTask(new CancelTaskUseCase.Command(id, "the agent is stuck", true, OPERATOR, true));

        assertThat(task(id).status()).isEqualTo(TaskStatus.CANCELLED);
        assertThat(history(id)).filteredOn(event -> event.type() == TaskEventType.CLAIM_OVERRIDDEN).singleElement()
                .satisfies(event -> {
                    assertThat(event.actor()).contains(OPERATOR.name());
                    assertThat(event.detail()).contains("agent-1", "overridden by operator cli@ann");
                });
        assertThat(history(id)).last().satisfies(event -> assertThat(event.actor()).contains(OPERATOR.name()));
    }

    @Test
    void givenATaskAnAgentHolds_whenAnotherAgentAsksToOverride_thenRefusedNamingForce() {
        TaskId id = held();

        assertRefused(ErrorCode.INVALID_ARGUMENT, "force", () -> orchestrator.updateTask(block(id, OTHER_AGENT, true)));
        assertRefused(ErrorCode.ALREADY_CLAIMED, "task_id", () -> orchestrator.updateTask(block(id, OTHER_AGENT, false)));
        assertThat(orchestrator.updateTask(block(id, OPERATOR, true)).task().status()).isEqualTo(TaskStatus.BLOCKED);
    }

    @Test
    void givenASubtaskAnAgentHolds_whenItsPlanIsCancelledArchivedOrDeleted_thenRefusedAsForTheTaskItself() {
        var result = plan(parent("p", "Plan", leaf("a", "A"), leaf("b", "B")));
        execute(result.keys().get("a"), AGENT.name());
        TaskId root = result.rootId();

        assertRefused(ErrorCode.ALREADY_CLAIMED, "task_id",
                () -> orchestrator.cancelTask(CancelTaskUseCase.Command.of(root, "scope changed", OTHER_AGENT)));
        assertRefused(ErrorCode.ALREADY_CLAIMED, "task_id",
                () -> orchestrator.deleteTask(DeleteTaskUseCase.Command.archiving(root, OTHER_AGENT)));
        assertRefused(ErrorCode.ALREADY_CLAIMED, "task_id",
                () -> orchestrator.deleteTask(new DeleteTaskUseCase.Command(root, true, false, OPERATOR, false)));

        var deleted = orchestrator.deleteTask(new DeleteTaskUseCase.Command(root, false, true, OPERATOR, true));

        assertThat(deleted.affected()).hasSize(3);
        assertThat(task(result.keys().get("a")).status()).isEqualTo(TaskStatus.ARCHIVED);
        assertThat(history(result.keys().get("a"))).extracting(TaskEvent::type)
                .contains(TaskEventType.CLAIM_OVERRIDDEN, TaskEventType.ARCHIVED);
    }

    @Test
    void givenATaskItsAgentHolds_whenThatAgentCancelsIt_thenNoOverrideIsNeeded() {
        TaskId id = held();

        orchestrator.cancelTask(CancelTaskUseCase.Command.of(id, "mine to drop", AGENT));

        assertThat(history(id)).extracting(TaskEvent::type).doesNotContain(TaskEventType.CLAIM_OVERRIDDEN);
    }

    @Test
    void givenATaskAStuckAgentHolds_whenAnOperatorHandsInItsWorkWithForce_thenItIsCompleted() {
        TaskId id = held();
        CompleteTaskUseCase.Command byOperator = new CompleteTaskUseCase.Command(id, "finished by hand", "the work",
                ArtifactType.GENERAL, Optional.empty(), List.of(), NextAction.CONTINUE, OPERATOR, false, Optional.empty());

        assertRefused(ErrorCode.ALREADY_CLAIMED, "task_id", () -> orchestrator.completeTask(byOperator));
        var completed = orchestrator.completeTask(new CompleteTaskUseCase.Command(id, "finished by hand", "the work",
                ArtifactType.GENERAL, Optional.empty(), List.of(), NextAction.CONTINUE, OPERATOR, true, Optional.empty()));

        assertThat(completed.task().status()).isEqualTo(TaskStatus.COMPLETED);
    }
}

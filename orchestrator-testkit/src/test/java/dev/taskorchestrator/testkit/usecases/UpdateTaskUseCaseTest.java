package dev.taskorchestrator.testkit.usecases;

import static org.assertj.core.api.Assertions.assertThat;

import dev.taskorchestrator.application.port.in.UpdateTaskUseCase;
import dev.taskorchestrator.domain.common.Actor;
import dev.taskorchestrator.domain.common.ErrorCode;
import dev.taskorchestrator.domain.task.Priority;
import dev.taskorchestrator.domain.task.TaskChanges;
import dev.taskorchestrator.domain.task.TaskEventType;
import dev.taskorchestrator.domain.task.TaskId;
import dev.taskorchestrator.domain.task.TaskStatus;
import dev.taskorchestrator.testkit.fixtures.TestIds;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import org.junit.jupiter.api.Test;

class UpdateTaskUseCaseTest extends UseCaseTest {

    private static TaskChanges changes(String title, Priority priority, String effort) {
        return new TaskChanges(Optional.ofNullable(title), Optional.empty(), Optional.empty(), Optional.empty(),
                Optional.empty(), Optional.ofNullable(priority), Optional.ofNullable(effort), Optional.empty(),
                Optional.of(Map.of("ticket", "ABC-1")));
    }

    private UpdateTaskUseCase.Command command(TaskId id, OptionalLong version, TaskChanges changes,
            Optional<TaskStatus> status, List<TaskId> add, List<TaskId> remove) {
        return new UpdateTaskUseCase.Command(id, version, changes, status, Optional.empty(), add, remove, AGENT, false);
    }

    @Test
    void givenTheCurrentVersion_whenFieldsAreUpdated_thenTheyChangeTheVersionMovesOnAndHistoryRecordsIt() {
        TaskId id = plan(leaf("a", "Old title")).rootId();

        UpdateTaskUseCase.Result result = orchestrator.updateTask(command(id, OptionalLong.of(0),
                changes("New title", Priority.HIGH, "2h"), Optional.empty(), List.of(), List.of()));

        assertThat(result.changed()).containsExactly("title", "priority", "estimated_effort", "context");
        assertThat(result.task().version()).isEqualTo(1);
        assertThat(task(id).title()).isEqualTo("New title");
        assertThat(task(id).data().estimatedEffort()).contains("2h");
        assertThat(store.ports().events().history(id, 10)).extracting(e -> e.type())
                .containsExactly(TaskEventType.CREATED, TaskEventType.UPDATED);
    }

    @Test
    void givenAStaleVersion_whenUpdated_thenConflictNamingTheCurrentVersion() {
        TaskId id = plan(leaf("a", "Title")).rootId();
        orchestrator.updateTask(UpdateTaskUseCase.Command.changing(id, changes("First", null, null), AGENT));

        var error = assertRefused(ErrorCode.CONFLICT, "version", () -> orchestrator.updateTask(
                command(id, OptionalLong.of(0), changes("Second", null, null), Optional.empty(), List.of(), List.of())));

        assertThat(error.allowed()).containsExactly("1");
    }

    @Test
    void givenAnIllegalStatusMove_whenUpdated_thenRefusedNamingTheAllowedTargets() {
        TaskId id = plan(leaf("a", "A")).rootId();
        orchestrator.updateTask(UpdateTaskUseCase.Command.movingTo(id, TaskStatus.CANCELLED, AGENT));

        var error = assertRefused(ErrorCode.ILLEGAL_STATE, "status",
                () -> orchestrator.updateTask(UpdateTaskUseCase.Command.movingTo(id, TaskStatus.IN_PROGRESS, AGENT)));

        assertThat(error.allowed()).containsExactly("archived");
    }

    @Test
    void givenANewDependency_whenItWouldCloseACycle_thenRefusedNamingTheCycle() {
        var result = plan(parent("root", "Root", leaf("a", "A"), leaf("b", "B", "a")));
        TaskId a = result.keys().get("a");
        TaskId b = result.keys().get("b");

        var error = assertRefused(ErrorCode.DEPENDENCY_CYCLE, "add_dependencies", () -> orchestrator.updateTask(
                command(a, OptionalLong.empty(), TaskChanges.none(), Optional.empty(), List.of(b), List.of())));

        assertThat(error.getMessage()).isEqualTo("dependency cycle: " + a + " -> " + b + " -> " + a);
    }

    @Test
    void givenDependencies_whenAddedAndRemoved_thenTheListChangesAndDependentsFollow() {
        var result = plan(parent("root", "Root", leaf("a", "A"), leaf("b", "B"), leaf("c", "C", "a")));
        TaskId a = result.keys().get("a");
        TaskId b = result.keys().get("b");
        TaskId c = result.keys().get("c");

        orchestrator.updateTask(command(c, OptionalLong.empty(), TaskChanges.none(), Optional.empty(), List.of(b), List.of(a)));

        assertThat(task(c).dependencies()).containsExactly(b);
        assertThat(store.ports().tasks().findDependents(a)).isEmpty();
    }

    @Test
    void givenAMissingOrUnknownDependency_whenChanged_thenTheErrorNamesTheEntry() {
        TaskId id = plan(leaf("a", "A")).rootId();

        assertRefused(ErrorCode.INVALID_ARGUMENT, "remove_dependencies[0]", () -> orchestrator.updateTask(command(id,
                OptionalLong.empty(), TaskChanges.none(), Optional.empty(), List.of(), List.of(TestIds.taskId()))));
        assertRefused(ErrorCode.NOT_FOUND, "add_dependencies[0]", () -> orchestrator.updateTask(command(id,
                OptionalLong.empty(), TaskChanges.none(), Optional.empty(), List.of(TestIds.taskId()), List.of())));
    }

    @Test
    void givenAParentWithOpenSubtasks_whenMarkedCompleted_thenIllegalState() {
        var result = plan(parent("root", "Root", leaf("a", "A")));

        assertRefused(ErrorCode.ILLEGAL_STATE, "status",
                () -> orchestrator.updateTask(UpdateTaskUseCase.Command.movingTo(result.rootId(), TaskStatus.COMPLETED, AGENT)));
    }

    @Test
    void givenATaskClaimedByAnother_whenANamedAgentUpdatesIt_thenAlreadyClaimed() {
        TaskId id = plan(leaf("a", "A")).rootId();
        execute(id, "agent-a");

        assertRefused(ErrorCode.ALREADY_CLAIMED, "task_id", () -> orchestrator.updateTask(new UpdateTaskUseCase.Command(id,
                OptionalLong.empty(), TaskChanges.none(), Optional.of(TaskStatus.BLOCKED), Optional.empty(), List.of(),
                List.of(), Actor.agent("agent-b"), false)));
    }

    @Test
    void givenNothingToChange_whenUpdated_thenRefusedListingWhatCanChange() {
        assertRefused(ErrorCode.INVALID_ARGUMENT, "task_id",
                () -> orchestrator.updateTask(UpdateTaskUseCase.Command.changing(TestIds.taskId(), TaskChanges.none(), AGENT)));
    }

    @Test
    void givenAnUnknownTask_whenUpdated_thenNotFound() {
        assertRefused(ErrorCode.NOT_FOUND, "task_id", () -> orchestrator.updateTask(
                UpdateTaskUseCase.Command.movingTo(TestIds.taskId(), TaskStatus.BLOCKED, AGENT)));
    }

    @Test
    void givenAnOldRoleName_whenTheSpecialistIsUpdated_thenTheCurrentNameIsStored() {
        TaskId id = plan(leaf("a", "A")).rootId();

        orchestrator.updateTask(UpdateTaskUseCase.Command.changing(id, new TaskChanges(Optional.empty(), Optional.empty(),
                Optional.empty(), Optional.of("Coder"), Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(),
                Optional.empty()), AGENT));

        assertThat(task(id).specialistType()).isEqualTo("implementer");
    }
}

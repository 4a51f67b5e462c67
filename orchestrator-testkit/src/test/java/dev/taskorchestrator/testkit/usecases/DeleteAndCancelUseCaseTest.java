package dev.taskorchestrator.testkit.usecases;

import static org.assertj.core.api.Assertions.assertThat;

import dev.taskorchestrator.application.port.in.CancelTaskUseCase;
import dev.taskorchestrator.application.port.in.DeleteTaskUseCase;
import dev.taskorchestrator.domain.common.ErrorCode;
import dev.taskorchestrator.domain.common.Limits;
import dev.taskorchestrator.domain.task.TaskEventType;
import dev.taskorchestrator.domain.task.TaskId;
import dev.taskorchestrator.domain.task.TaskStatus;
import dev.taskorchestrator.testkit.fixtures.TestIds;
import java.util.Optional;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class DeleteAndCancelUseCaseTest extends UseCaseTest {

    @Nested
    class Deleting {
        @Test
        void givenAPlan_whenDeletedByDefault_thenItAndItsSubtasksAreArchivedWithOpenOnesCancelledFirst() {
            var result = plan(parent("root", "Root", leaf("a", "A"), leaf("b", "B")));
            complete(result.keys().get("a"), "agent");

            DeleteTaskUseCase.Result deleted = orchestrator.deleteTask(DeleteTaskUseCase.Command.archiving(result.rootId(), AGENT));

            assertThat(deleted.action()).isEqualTo(DeleteTaskUseCase.Action.ARCHIVED);
            assertThat(deleted.affected()).containsExactlyInAnyOrderElementsOf(result.keys().values());
            result.keys().values().forEach(id -> assertThat(task(id).status()).isEqualTo(TaskStatus.ARCHIVED));
            assertThat(task(result.keys().get("a")).data().completedAt()).isPresent();
        }

        @Test
        void givenATaskOthersDependOn_whenDeletedWithoutForce_thenRefusedListingThem() {
            var result = plan(parent("root", "Root", leaf("a", "A"), leaf("b", "B", "a")));

            var error = assertRefused(ErrorCode.HAS_DEPENDENTS, "force", () -> orchestrator.deleteTask(
                    DeleteTaskUseCase.Command.archiving(result.keys().get("a"), AGENT)));

            assertThat(error.getMessage()).contains(result.keys().get("b").value());
        }

        @Test
        void givenDependentsAndForce_whenArchived_thenTheyNoLongerWaitAndTheirHistorySaysWhy() {
            var result = plan(parent("root", "Root", leaf("a", "A"), leaf("b", "B", "a"), leaf("c", "C", "a", "b")));
            TaskId b = result.keys().get("b");
            TaskId c = result.keys().get("c");

            DeleteTaskUseCase.Result deleted = orchestrator.deleteTask(
                    new DeleteTaskUseCase.Command(result.keys().get("a"), true, true, AGENT, false));

            assertThat(deleted.releasedDependents()).containsExactly(b, c);
            assertThat(task(b).dependencies()).isEmpty();
            assertThat(task(c).dependencies()).containsExactly(b);
            assertThat(store.ports().events().history(b, 10)).extracting(e -> e.type())
                    .contains(TaskEventType.DEPENDENCIES_CHANGED);
        }

        @Test
        void givenACompletedPrerequisite_whenArchivedWithForce_thenDependentsKeepTheSatisfiedEdge() {
            var result = plan(parent("root", "Root", leaf("a", "A"), leaf("b", "B", "a")));
            complete(result.keys().get("a"), "agent");

            DeleteTaskUseCase.Result deleted = orchestrator.deleteTask(
                    new DeleteTaskUseCase.Command(result.keys().get("a"), true, true, AGENT, false));

            assertThat(deleted.releasedDependents()).isEmpty();
            assertThat(task(result.keys().get("b")).dependencies()).containsExactly(result.keys().get("a"));
        }

        @Test
        void givenAPlanWithArtifacts_whenDeletedForGood_thenTasksAndArtifactsGoButHistoryStays() {
            var result = plan(parent("root", "Root", leaf("a", "A")));
            TaskId outside = plan(leaf("x", "Outside", result.keys().get("a").value())).rootId();
            TaskId a = result.keys().get("a");
            complete(a, "agent");

            orchestrator.deleteTask(new DeleteTaskUseCase.Command(result.rootId(), true, false, AGENT, false));

            assertThat(store.ports().tasks().findById(a)).isEmpty();
            assertThat(store.ports().artifacts().findByTask(a)).isEmpty();
            assertThat(task(outside).dependencies()).isEmpty();
            assertThat(store.ports().events().history(a, 10)).last().extracting(e -> e.type())
                    .isEqualTo(TaskEventType.DELETED);
        }

        @Test
        void givenAnUnknownTask_whenDeleted_thenNotFound() {
            assertRefused(ErrorCode.NOT_FOUND, "task_id",
                    () -> orchestrator.deleteTask(DeleteTaskUseCase.Command.archiving(TestIds.taskId(), AGENT)));
        }
    }

    @Nested
    class Cancelling {
        @Test
        void givenAPlanWithWorkDone_whenCancelled_thenOpenSubtasksAreCancelledWorkIsKeptAndDependentsAreTold() {
            var result = plan(parent("root", "Root", leaf("a", "A"), leaf("b", "B")));
            TaskId after = plan(leaf("after", "After", result.rootId().value())).rootId();
            complete(result.keys().get("a"), "agent");

            CancelTaskUseCase.Result cancelled = orchestrator.cancelTask(
                    CancelTaskUseCase.Command.of(result.rootId(), "scope changed", AGENT));

            assertThat(cancelled.previousStatus()).isEqualTo(TaskStatus.IN_PROGRESS);
            assertThat(cancelled.task().status()).isEqualTo(TaskStatus.CANCELLED);
            assertThat(cancelled.task().data().statusReason()).contains("scope changed");
            assertThat(cancelled.cancelledSubtasks()).containsExactly(result.keys().get("b"));
            assertThat(task(result.keys().get("a")).status()).isEqualTo(TaskStatus.COMPLETED);
            assertThat(cancelled.notifiedDependents()).containsExactly(after);
            assertThat(cancelled.artifactsKept()).isEqualTo(1);
            assertThat(store.ports().artifacts().findByTask(result.keys().get("a"))).hasSize(1);
        }

        @Test
        void givenWorkNotToBeKept_whenCancelled_thenTheCancelledTasksArtifactsAreRemoved() {
            TaskId id = plan(leaf("a", "A")).rootId();
            orchestrator.completeTask(new dev.taskorchestrator.application.port.in.CompleteTaskUseCase.Command(id, "half",
                    "draft", dev.taskorchestrator.domain.artifact.ArtifactType.GENERAL, Optional.empty(),
                    java.util.List.of(), dev.taskorchestrator.domain.task.NextAction.NEEDS_REVISION, AGENT, false,
                    Optional.empty()));

            CancelTaskUseCase.Result cancelled = orchestrator.cancelTask(
                    new CancelTaskUseCase.Command(id, "abandoned", false, AGENT, false));

            assertThat(cancelled.artifactsRemoved()).isEqualTo(1);
            assertThat(store.ports().artifacts().findByTask(id)).isEmpty();
        }

        @Test
        void givenACompletedTask_whenCancelled_thenIllegalState() {
            TaskId id = plan(leaf("a", "A")).rootId();
            complete(id, "agent");

            assertRefused(ErrorCode.ILLEGAL_STATE, "task_id",
                    () -> orchestrator.cancelTask(CancelTaskUseCase.Command.of(id, "too late", AGENT)));
        }

        @Test
        void givenAReasonTooLong_whenCancelled_thenRefusedNamingReason() {
            TaskId id = plan(leaf("a", "A")).rootId();

            assertRefused(ErrorCode.INVALID_ARGUMENT, "reason",
                    () -> orchestrator.cancelTask(CancelTaskUseCase.Command.of(id, "x".repeat(Limits.REASON_MAX + 1), AGENT)));
        }
    }
}

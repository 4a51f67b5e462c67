package dev.taskorchestrator.domain.task;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.taskorchestrator.domain.common.ErrorCode;
import dev.taskorchestrator.domain.common.OrchestratorException;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class TaskLifecycleTest {

    @Test
    void givenANewTask_whenCreated_thenItIsPendingAtVersionZeroWithNoClaim() {
        Task task = Tasks.pending();

        assertThat(task.status()).isEqualTo(TaskStatus.PENDING);
        assertThat(task.version()).isZero();
        assertThat(task.assignee()).isEmpty();
        assertThat(task.data().createdAt()).isEqualTo(Tasks.T0);
    }

    @Test
    void givenAPendingTask_whenCompletedInOneStep_thenStartedAndCompletedAreStampedWithTheSummary() {
        Task done = Tasks.pending().complete("  all good  ", Tasks.T0.plusSeconds(9));

        assertThat(done.status()).isEqualTo(TaskStatus.COMPLETED);
        assertThat(done.data().summary()).contains("all good");
        assertThat(done.data().startedAt()).contains(Tasks.T0.plusSeconds(9));
        assertThat(done.data().completedAt()).contains(Tasks.T0.plusSeconds(9));
    }

    @Test
    void givenAnOpenTask_whenArchived_thenItIsCancelledFirstSoTheTableStaysTheOnlyRule() {
        Task archived = Tasks.pending().archive("deleted", Tasks.T0);

        assertThat(archived.status()).isEqualTo(TaskStatus.ARCHIVED);
        assertThat(archived.data().statusReason()).contains("deleted");
    }

    @Test
    void givenAFailedTask_whenRetriedAndClaimedAgain_thenEachClaimCountsOneAttempt() {
        Task claimed = Tasks.pending().claim("a", Tasks.T0, java.time.Duration.ofMinutes(30));
        Task failed = claimed.moveTo(TaskStatus.FAILED, Optional.of("broke"), Tasks.T0);

        Task retried = failed.moveTo(TaskStatus.PENDING, Optional.empty(), Tasks.T0);
        Task again = retried.claim("b", Tasks.T0, java.time.Duration.ofMinutes(30));

        assertThat(retried.data().attempts()).isEqualTo(1);
        assertThat(again.data().attempts()).isEqualTo(2);
        assertThat(again.assignee()).contains("b");
    }

    @Test
    void givenAFinishedTask_whenCompletedAgain_thenTheErrorNamesTheTaskNotAStatusField() {
        Task done = Tasks.in(TaskStatus.COMPLETED);

        assertThatThrownBy(() -> done.complete("again", Tasks.T0))
                .isInstanceOfSatisfying(OrchestratorException.class, e -> assertThat(e.field()).contains("task_id"));
    }

    @Test
    void givenAnArchivedTask_whenEdited_thenIllegalState() {
        Task archived = Tasks.in(TaskStatus.ARCHIVED);

        assertThatThrownBy(() -> archived.edit(TaskChanges.none(), Tasks.T0))
                .isInstanceOfSatisfying(OrchestratorException.class, e -> assertThat(e.code()).isEqualTo(ErrorCode.ILLEGAL_STATE));
    }

    @Test
    void givenChanges_whenEdited_thenOnlyTheGivenFieldsChange() {
        Task task = Tasks.pending();

        Task edited = task.edit(new TaskChanges(Optional.of("new title"), Optional.empty(), Optional.empty(),
                Optional.of("tester"), Optional.empty(), Optional.of(Priority.HIGH), Optional.of("3h"), Optional.empty(),
                Optional.empty()), Tasks.T0.plusSeconds(1));

        assertThat(edited.title()).isEqualTo("new title");
        assertThat(edited.specialistType()).isEqualTo("tester");
        assertThat(edited.priority()).isEqualTo(Priority.HIGH);
        assertThat(edited.data().estimatedEffort()).contains("3h");
        assertThat(edited.data().description()).isEqualTo(task.data().description());
        assertThat(edited.data().complexity()).isEqualTo(task.data().complexity());
    }

    @Test
    void givenATitleTooLong_whenCreated_thenTheErrorNamesTheFieldAndTheLimit() {
        assertThatThrownBy(() -> NewTask.titled("x".repeat(256)))
                .isInstanceOfSatisfying(OrchestratorException.class, e -> {
                    assertThat(e.code()).isEqualTo(ErrorCode.INVALID_ARGUMENT);
                    assertThat(e.field()).contains("title");
                    assertThat(e.allowed()).containsExactly("1..255 characters");
                });
    }

    @Test
    void givenTheOlderStatusName_whenParsed_thenActiveMeansInProgress() {
        assertThat(TaskStatus.parse("active", "status")).isEqualTo(TaskStatus.IN_PROGRESS);
        assertThat(TaskStatus.parse(" In_Progress ", "status")).isEqualTo(TaskStatus.IN_PROGRESS);
    }

    @Test
    void givenAnUnknownStatus_whenParsed_thenTheErrorNamesTheFieldAndEveryAllowedValue() {
        assertThatThrownBy(() -> TaskStatus.parse("done", "status"))
                .isInstanceOfSatisfying(OrchestratorException.class, e -> {
                    assertThat(e.field()).contains("status");
                    assertThat(e.allowed()).containsExactly("pending", "in_progress", "blocked", "completed", "failed",
                            "cancelled", "archived");
                    assertThat(e.getMessage()).contains("'done'");
                });
    }
}

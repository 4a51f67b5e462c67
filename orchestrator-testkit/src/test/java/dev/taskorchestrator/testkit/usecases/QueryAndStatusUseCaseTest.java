package dev.taskorchestrator.testkit.usecases;

import static org.assertj.core.api.Assertions.assertThat;

import dev.taskorchestrator.application.port.in.GetStatusUseCase;
import dev.taskorchestrator.application.port.in.PlannedTask;
import dev.taskorchestrator.application.port.in.QueryTasksUseCase;
import dev.taskorchestrator.application.port.in.TaskDetails;
import dev.taskorchestrator.application.port.out.TaskFilter;
import dev.taskorchestrator.domain.common.ErrorCode;
import dev.taskorchestrator.domain.session.SessionId;
import dev.taskorchestrator.domain.task.Priority;
import dev.taskorchestrator.domain.task.TaskId;
import dev.taskorchestrator.domain.task.TaskStatus;
import dev.taskorchestrator.testkit.fixtures.TestIds;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

class QueryAndStatusUseCaseTest extends UseCaseTest {

    @Test
    void givenManyTasks_whenPagedWithCursors_thenEveryTaskComesOnceAndTheTotalIsKnown() {
        SessionId session = session();
        List<PlannedTask> subtasks = new ArrayList<>();
        for (int i = 0; i < 119; i++) {
            subtasks.add(PlannedTask.titled("Task " + i));
        }
        var planned = plan(PlannedTask.titled("Big").withSubtasks(subtasks), session, false);

        QueryTasksUseCase.Query query = QueryTasksUseCase.Query.of(TaskFilter.any().withSession(Optional.of(session)));
        List<TaskId> seen = new ArrayList<>();
        List<Integer> sizes = new ArrayList<>();
        QueryTasksUseCase.Page page = orchestrator.queryTasks(query);
        assertThat(page.totalCount()).hasValue(120);
        while (true) {
            page.tasks().forEach(row -> seen.add(row.task().id()));
            sizes.add(page.tasks().size());
            if (page.nextCursor().isEmpty()) {
                break;
            }
            page = orchestrator.queryTasks(query.after(page.nextCursor().get()));
            assertThat(page.totalCount()).as("later pages stay as cheap as the first").isEmpty();
        }

        assertThat(sizes).containsExactly(50, 50, 20);
        assertThat(orchestrator.queryTasks(QueryTasksUseCase.Query.of(TaskFilter.any().withSession(Optional.of(session))
                .withText("task 11"))).totalCount()).as("a first page that holds every match: 11, 110 to 118").hasValue(10);
        assertThat(orchestrator.queryTasks(new QueryTasksUseCase.Query(TaskFilter.any().withSession(Optional.of(session)),
                120, Optional.empty(), false, false, Optional.empty())).totalCount()).as("exactly one full page")
                .hasValue(120);
        assertThat(seen).containsExactlyElementsOf(planned.created().stream().map(t -> t.id()).sorted().toList());
    }

    @Test
    void givenFiltersAndProjections_whenQueried_thenMatchingRowsComeWithSubtasksAndArtifacts() {
        SessionId session = session();
        var result = plan(parent("root", "Parser plan", leaf("a", "Write PARSER").withSpecialist("coder"),
                leaf("b", "Docs").withPriority(Priority.HIGH)), session, false);
        complete(result.keys().get("a"), "agent");
        TaskFilter filter = new TaskFilter(Set.of(TaskStatus.COMPLETED, TaskStatus.IN_PROGRESS), Set.of(),
                Set.of("coder", "coordinator"), Set.of(), Set.of(), Optional.empty(), Optional.of(session),
                Optional.of("parser"), Optional.empty(), Optional.empty());

        QueryTasksUseCase.Page page = orchestrator.queryTasks(new QueryTasksUseCase.Query(filter, 10, Optional.empty(),
                true, true));

        assertThat(page.tasks()).extracting(row -> row.task().id())
                .containsExactly(result.rootId(), result.keys().get("a"));
        TaskDetails root = page.tasks().get(0);
        assertThat(root.subtasks()).hasSize(2);
        assertThat(page.tasks().get(1).artifacts()).hasSize(1);
    }

    @Test
    void givenACursorThatIsNotOurs_whenQueried_thenRefusedNamingCursor() {
        assertRefused(ErrorCode.INVALID_ARGUMENT, "cursor", () -> orchestrator.queryTasks(
                new QueryTasksUseCase.Query(TaskFilter.any(), 10, Optional.of("not-a-cursor"), false, false)));
    }

    @Test
    void givenALimitOutOfRange_whenQueried_thenRefusedWithTheRange() {
        var error = assertRefused(ErrorCode.INVALID_ARGUMENT, "limit",
                () -> new QueryTasksUseCase.Query(TaskFilter.any(), 501, Optional.empty(), false, false));

        assertThat(error.allowed()).containsExactly("1..500");
    }

    @Test
    void givenACreatedRangeThatIsEmpty_whenFiltered_thenRefusedNamingCreatedBefore() {
        assertRefused(ErrorCode.INVALID_ARGUMENT, "created_before", () -> new TaskFilter(Set.of(), Set.of(), Set.of(),
                Set.of(), Set.of(), Optional.empty(), Optional.empty(), Optional.empty(), Optional.of(clock.instant()),
                Optional.of(clock.instant().minus(Duration.ofDays(1)))));
    }

    @Test
    void givenAnUnknownRoleInAFilter_whenQueried_thenRefusedListingTheRoles() {
        TaskFilter filter = new TaskFilter(Set.of(), Set.of(), Set.of("wizard"), Set.of(), Set.of(), Optional.empty(),
                Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty());

        assertRefused(ErrorCode.INVALID_ARGUMENT, "specialist_type",
                () -> orchestrator.queryTasks(QueryTasksUseCase.Query.of(filter)));
    }

    @Test
    void givenTasksInASession_whenStatusIsAsked_thenEveryStatusIsCountedAndTheOpenOnesListed() {
        SessionId session = session();
        var result = plan(parent("root", "Root", leaf("a", "A"), leaf("b", "B"), leaf("c", "C")), session, false);
        complete(result.keys().get("a"), "agent");
        execute(result.keys().get("b"), "agent");
        plan(leaf("elsewhere", "Another session's"));

        GetStatusUseCase.StatusReport report = orchestrator.getStatus(new GetStatusUseCase.Query(Optional.of(session), true, 10));

        assertThat(report.total()).isEqualTo(4);
        assertThat(report.counts()).hasSize(TaskStatus.values().length).containsEntry(TaskStatus.COMPLETED, 1L)
                .containsEntry(TaskStatus.IN_PROGRESS, 2L).containsEntry(TaskStatus.PENDING, 1L)
                .containsEntry(TaskStatus.FAILED, 0L);
        assertThat(report.tasks().get(TaskStatus.IN_PROGRESS)).extracting(t -> t.id())
                .containsExactly(result.rootId(), result.keys().get("b"));
        assertThat(report.tasks()).containsKey(TaskStatus.COMPLETED);
    }

    @Test
    void givenAnUnknownSession_whenStatusIsAsked_thenNotFound() {
        assertRefused(ErrorCode.NOT_FOUND, "session_id", () -> orchestrator.getStatus(
                new GetStatusUseCase.Query(Optional.of(TestIds.sessionId()), false, 10)));
    }
}

package dev.taskorchestrator.testkit.usecases;

import static org.assertj.core.api.Assertions.assertThat;

import dev.taskorchestrator.application.port.in.CancelTaskUseCase;
import dev.taskorchestrator.application.port.in.RenderPromptUseCase;
import dev.taskorchestrator.application.port.in.SynthesizeResultsUseCase;
import dev.taskorchestrator.application.port.in.TaskDetails;
import dev.taskorchestrator.application.port.in.TaskHistoryUseCase;
import dev.taskorchestrator.application.port.in.TaskPrompt;
import dev.taskorchestrator.domain.common.ErrorCode;
import dev.taskorchestrator.domain.task.PlanProgress;
import dev.taskorchestrator.domain.task.TaskEventType;
import dev.taskorchestrator.domain.task.TaskId;
import dev.taskorchestrator.domain.task.TaskStatus;
import dev.taskorchestrator.testkit.fixtures.TestIds;
import java.time.Duration;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class SynthesizeAndReadUseCaseTest extends UseCaseTest {

    @Test
    void givenAPlanWithResults_whenSynthesized_thenTheReportGroupsBySpecialistWithCountsRateAndDuration() {
        var result = plan(parent("root", "Ship it", leaf("design", "Design").withSpecialist("architect"),
                leaf("build", "Build").withSpecialist("implementer"), leaf("docs", "Docs").withSpecialist("documenter")));
        execute(result.keys().get("design"), "agent");
        clock.advance(Duration.ofMinutes(45));
        complete(result.keys().get("design"), "agent");
        clock.advance(Duration.ofMinutes(15));
        complete(result.keys().get("build"), "agent");
        orchestrator.cancelTask(CancelTaskUseCase.Command.of(result.keys().get("docs"), "not needed", AGENT));

        SynthesizeResultsUseCase.Report report = orchestrator.synthesizeResults(result.rootId());

        assertThat(report.sections()).extracting(SynthesizeResultsUseCase.Section::specialistType)
                .containsExactly("architect", "implementer", "documenter");
        assertThat(report.total()).isEqualTo(3);
        assertThat(report.completed()).isEqualTo(2);
        assertThat(report.cancelled()).isEqualTo(1);
        assertThat(report.successRate()).isEqualTo(66);
        assertThat(report.duration()).contains(Duration.ofMinutes(60));
        assertThat(report.sections().get(0).outcomes().get(0).artifacts()).hasSize(1);
        assertThat(report.markdown()).contains("# Results: Ship it", "2 of 3 subtasks completed (66%)", "## architect",
                "done " + result.keys().get("design"), "Reason: not needed", "Took 60 min");
    }

    @Test
    void givenATaskWithoutSubtasks_whenSynthesized_thenIllegalStateNamingTheField() {
        TaskId lone = plan(leaf("a", "Alone")).rootId();

        assertRefused(ErrorCode.ILLEGAL_STATE, "parent_task_id", () -> orchestrator.synthesizeResults(lone));
        assertRefused(ErrorCode.NOT_FOUND, "parent_task_id", () -> orchestrator.synthesizeResults(TestIds.taskId()));
    }

    @Test
    void givenAParent_whenRead_thenItComesWithSubtasksArtifactsAndProgress() {
        var result = plan(parent("root", "Root", leaf("a", "A"), leaf("b", "B")));
        complete(result.keys().get("a"), "agent");

        TaskDetails details = orchestrator.getTask(result.rootId());

        assertThat(details.subtasks()).hasSize(2);
        assertThat(details.progress()).contains(new PlanProgress(2, 1, 1, 0, 50));
        assertThat(orchestrator.getTask(result.keys().get("a")).artifacts()).hasSize(1);
        assertRefused(ErrorCode.NOT_FOUND, "task_id", () -> orchestrator.getTask(TestIds.taskId()));
    }

    @Test
    void givenATaskWithHistory_whenItsHistoryIsRead_thenEventsComeOldestFirstUpToTheLimit() {
        TaskId id = plan(leaf("a", "A")).rootId();
        execute(id, "agent");
        complete(id, "agent");

        assertThat(orchestrator.taskHistory(new TaskHistoryUseCase.Query(id, 100))).extracting(e -> e.type())
                .containsExactly(TaskEventType.CREATED, TaskEventType.CLAIMED, TaskEventType.ARTIFACT_ADDED,
                        TaskEventType.COMPLETED);
        assertThat(orchestrator.taskHistory(new TaskHistoryUseCase.Query(id, 1))).extracting(e -> e.type())
                .containsExactly(TaskEventType.COMPLETED);
        assertRefused(ErrorCode.NOT_FOUND, "task_id",
                () -> orchestrator.taskHistory(new TaskHistoryUseCase.Query(TestIds.taskId(), 10)));
        assertRefused(ErrorCode.INVALID_ARGUMENT, "limit", () -> new TaskHistoryUseCase.Query(id, 0));
    }

    @Test
    void givenAnUnknownArtifact_whenRead_thenNotFoundNamingArtifactId() {
        assertRefused(ErrorCode.NOT_FOUND, "artifact_id", () -> orchestrator.getArtifact(TestIds.artifactId()));
    }

    @Test
    void givenTheCatalog_whenRolesAreListed_thenTheBuiltInSetComesBack() {
        assertThat(orchestrator.roles()).hasSize(11);
    }

    @Test
    void givenATaskBuildingOnDoneWork_whenItsPromptIsRendered_thenTheRoleAndPrerequisiteSummariesAreInItAndNothingIsClaimed() {
        var result = plan(parent("root", "Ship it", leaf("design", "Design the API").withSpecialist("architect"),
                leaf("build", "Build the API", "design").withSpecialist("implementer")));
        complete(result.keys().get("design"), "agent");
        TaskId build = result.keys().get("build");

        TaskPrompt prompt = orchestrator.renderPrompt(new RenderPromptUseCase.Query(build, Optional.empty()));

        assertThat(prompt.role().name()).isEqualTo("implementer");
        assertThat(prompt.builtOn()).extracting(t -> t.id()).containsExactly(result.keys().get("design"));
        assertThat(prompt.text()).contains("Build the API", "done " + result.keys().get("design"));
        assertThat(task(build).status()).isEqualTo(TaskStatus.PENDING);
        assertThat(task(build).assignee()).isEmpty();
    }

    @Test
    void givenAnOlderRoleName_whenAPromptIsRenderedInIt_thenTheRoleItStandsForIsUsed() {
        TaskId id = plan(leaf("one", "Fix the parser")).rootId();

        TaskPrompt prompt = orchestrator.renderPrompt(new RenderPromptUseCase.Query(id, Optional.of("coder")));

        assertThat(prompt.role().name()).isEqualTo("implementer");
    }

    @Test
    void givenAnUnknownRoleOrTask_whenAPromptIsRendered_thenTheErrorNamesTheFieldAndTheRoles() {
        TaskId id = plan(leaf("one", "Fix the parser")).rootId();

        var error = assertRefused(ErrorCode.INVALID_ARGUMENT, "role",
                () -> orchestrator.renderPrompt(new RenderPromptUseCase.Query(id, Optional.of("wizard"))));
        assertThat(error.allowed()).contains("architect", "implementer");
        assertRefused(ErrorCode.NOT_FOUND, "task_id",
                () -> orchestrator.renderPrompt(new RenderPromptUseCase.Query(TestIds.taskId(), Optional.empty())));
    }
}

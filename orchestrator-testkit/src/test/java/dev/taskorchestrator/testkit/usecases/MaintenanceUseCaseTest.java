package dev.taskorchestrator.testkit.usecases;

import static dev.taskorchestrator.testkit.fixtures.TaskBuilder.aTask;
import static org.assertj.core.api.Assertions.assertThat;

import dev.taskorchestrator.application.port.in.MaintenanceUseCase.Action;
import dev.taskorchestrator.application.port.in.MaintenanceUseCase.Command;
import dev.taskorchestrator.application.port.in.MaintenanceUseCase.Finding;
import dev.taskorchestrator.application.port.in.MaintenanceUseCase.Level;
import dev.taskorchestrator.application.port.in.MaintenanceUseCase.Report;
import dev.taskorchestrator.application.port.in.MaintenanceUseCase.Scope;
import dev.taskorchestrator.domain.common.ErrorCode;
import dev.taskorchestrator.domain.task.TaskId;
import dev.taskorchestrator.domain.task.TaskStatus;
import dev.taskorchestrator.testkit.fixtures.TestIds;
import dev.taskorchestrator.application.port.in.ExecuteTaskUseCase;
import dev.taskorchestrator.application.port.out.RoleCatalog;
import dev.taskorchestrator.application.service.Orchestrator;
import dev.taskorchestrator.application.service.OrchestratorSettings;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class MaintenanceUseCaseTest extends UseCaseTest {

    private Report run(Action action, Level level) {
        return orchestrator.maintenance(new Command(action, Scope.FULL_PROJECT, level, Optional.empty(), Optional.empty()));
    }

    @Test
    void givenStaleWorkAnExpiredClaimAndAFinishedPlan_whenScannedAtBasic_thenEachIsFoundAndNothingChanges() {
        TaskId stale = plan(leaf("stale", "Forgotten")).rootId();
        var finished = plan(parent("p", "Finished plan", leaf("only", "Only step")));
        complete(finished.keys().get("only"), "agent");
        TaskId claimed = plan(leaf("c", "Claimed")).rootId();
        clock.advance(Duration.ofDays(6));
        execute(claimed, "agent-1");
        clock.advance(Duration.ofDays(2));

        Report report = run(Action.SCAN_CLEANUP, Level.BASIC);

        assertThat(report.findings()).extracting(Finding::kind, f -> f.taskId().orElseThrow())
                .contains(org.assertj.core.groups.Tuple.tuple("stale_task", stale),
                        org.assertj.core.groups.Tuple.tuple("expired_claim", claimed),
                        org.assertj.core.groups.Tuple.tuple("unfinished_plan", finished.rootId()));
        assertThat(report.archived()).isEmpty();
        assertThat(task(stale).status()).isEqualTo(TaskStatus.PENDING);
        assertThat(task(claimed).status()).isEqualTo(TaskStatus.IN_PROGRESS);
        assertThat(report.markdown()).contains("# Maintenance: scan_cleanup", "stale_task", "comprehensive level");
    }

    @Test
    void givenStaleWork_whenScannedAtComprehensive_thenItIsArchivedAndExpiredClaimsReleased() {
        TaskId stale = plan(leaf("stale", "Forgotten")).rootId();
        TaskId claimed = plan(leaf("c", "Claimed")).rootId();
        clock.advance(Duration.ofDays(6));
        execute(claimed, "agent-1");
        clock.advance(Duration.ofDays(2));

        Report report = run(Action.SCAN_CLEANUP, Level.COMPREHENSIVE);

        assertThat(report.archived()).containsExactly(stale);
        assertThat(report.released()).containsExactly(claimed);
        assertThat(task(stale).status()).isEqualTo(TaskStatus.ARCHIVED);
        assertThat(task(claimed).status()).isEqualTo(TaskStatus.PENDING);
    }

    @Test
    void givenStaleWorkThatIsHeldOrWaitedOn_whenScannedAtComprehensive_thenItIsReportedButKept() {
        Orchestrator quick = Orchestrator.create(store.orchestratorPorts(RoleCatalog.builtIn()), new OrchestratorSettings(
                OrchestratorSettings.DEFAULT_LEASE, OrchestratorSettings.DEFAULT_RANKING_WINDOW,
                Map.of(OrchestratorSettings.DEFAULT_STALE_ROLE, Duration.ofMinutes(10))));
        TaskId held = plan(leaf("h", "Held")).rootId();
        var chain = plan(parent("p", "Chain", leaf("first", "First"), leaf("second", "Second", "first")));
        quick.executeTask(new ExecuteTaskUseCase.Command(held, "agent-1", false));
        clock.advance(Duration.ofMinutes(20));

        Report report = quick.maintenance(new Command(Action.SCAN_CLEANUP, Scope.FULL_PROJECT, Level.COMPREHENSIVE,
                Optional.empty(), Optional.empty()));

        assertThat(report.archived()).doesNotContain(held, chain.keys().get("first"), chain.rootId());
        assertThat(report.findings()).filteredOn(f -> f.taskId().equals(Optional.of(chain.rootId()))).singleElement()
                .satisfies(f -> assertThat(f.detail()).contains("kept: 2 of its subtasks are open"));
        assertThat(report.findings()).filteredOn(f -> f.taskId().equals(Optional.of(held))).singleElement()
                .satisfies(f -> assertThat(f.detail()).contains("kept: its claim is still live"));
        assertThat(report.findings()).filteredOn(f -> f.taskId().equals(Optional.of(chain.keys().get("first"))))
                .singleElement().satisfies(f -> assertThat(f.detail()).contains("kept: 1 task(s) depend on it"));
        assertThat(task(held).status()).isEqualTo(TaskStatus.IN_PROGRESS);
    }

    @Test
    void givenResearchUnchangedForTenDays_whenScanned_thenItIsNotStaleYetUnlikeOtherWork() {
        TaskId research = plan(leaf("r", "Survey").withSpecialist("researcher")).rootId();
        TaskId build = plan(leaf("b", "Build").withSpecialist("implementer")).rootId();
        clock.advance(Duration.ofDays(10));

        Report report = run(Action.SCAN_CLEANUP, Level.BASIC);

        assertThat(report.findings()).extracting(f -> f.taskId().orElseThrow()).contains(build).doesNotContain(research);
    }

    @Test
    void givenPlantedStructuralFaults_whenValidated_thenEachIsFoundWithItsTask() {
        TaskId a = TestIds.taskId();
        TaskId b = TestIds.taskId();
        store.ports().tasks().add(aTask().withId(a).dependingOn(b).build());
        store.ports().tasks().add(aTask().withId(b).dependingOn(a).build());
        TaskId parentId = TestIds.taskId();
        store.ports().tasks().add(aTask().withId(parentId).withStatus(TaskStatus.COMPLETED).build());
        store.ports().tasks().add(aTask().withParent(parentId).build());
        TaskId ownerless = TestIds.taskId();
        store.ports().tasks().add(aTask().withId(ownerless).withStatus(TaskStatus.IN_PROGRESS).build());

        Report report = run(Action.VALIDATE_STRUCTURE, Level.FULL_AUDIT);

        assertThat(report.findings()).extracting(Finding::kind).contains("dependency_cycle",
                "completed_parent_with_open_children", "claim_without_owner");
        assertThat(report.findings()).filteredOn(f -> f.kind().equals("dependency_cycle")).hasSize(1)
                .allSatisfy(f -> assertThat(f.detail()).contains(a.value(), b.value()));
        assertThat(report.markdown()).contains("Store integrity: ok");
    }

    @Test
    void givenWork_whenAHandoverIsPrepared_thenDoneInProgressAndNextAreListedAndTheRunIsRecordedWithItsReport() {
        var result = plan(parent("p", "Ship", leaf("a", "Design"), leaf("b", "Build", "a"), leaf("c", "Docs")));
        complete(result.keys().get("a"), "agent");
        execute(result.keys().get("c"), "agent-2");

        Report report = run(Action.PREPARE_HANDOVER, Level.BASIC);

        assertThat(report.markdown()).contains("## Done (1)", "Design", "## In progress (", "Docs", "agent-2",
                "## Next (ready)", "Build");
        assertThat(task(report.record()).status()).isEqualTo(TaskStatus.COMPLETED);
        assertThat(task(report.record()).title()).isEqualTo("Maintenance: prepare_handover (full_project, basic)");
        assertThat(orchestrator.getArtifact(report.artifact()).content()).isEqualTo(report.markdown());
        assertThat(run(Action.UPDATE_DOCUMENTATION, Level.BASIC).markdown()).contains("| completed |");
    }

    @Test
    void givenABadScope_whenRun_thenTheErrorNamesTheMissingField() {
        assertRefused(ErrorCode.INVALID_ARGUMENT, "target_task_id", () -> orchestrator.maintenance(new Command(
                Action.SCAN_CLEANUP, Scope.SPECIFIC_SUBTASK, Level.BASIC, Optional.empty(), Optional.empty())));
        assertRefused(ErrorCode.INVALID_ARGUMENT, "scope", () -> orchestrator.maintenance(new Command(
                Action.SCAN_CLEANUP, Scope.CURRENT_SESSION, Level.BASIC, Optional.empty(), Optional.empty())));
        assertRefused(ErrorCode.NOT_FOUND, "target_task_id", () -> orchestrator.maintenance(new Command(
                Action.SCAN_CLEANUP, Scope.SPECIFIC_SUBTASK, Level.BASIC, Optional.of(TestIds.taskId()),
                Optional.empty())));
    }
}

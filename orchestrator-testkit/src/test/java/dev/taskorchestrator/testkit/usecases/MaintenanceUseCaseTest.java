package dev.taskorchestrator.testkit.usecases;

import static dev.taskorchestrator.testkit.fixtures.TaskBuilder.aTask;
import static org.assertj.core.api.Assertions.assertThat;

import dev.taskorchestrator.application.port.in.ExecuteTaskUseCase;
import dev.taskorchestrator.application.port.in.MaintenanceReport.Finding;
import dev.taskorchestrator.application.port.in.MaintenanceReport;
import dev.taskorchestrator.application.port.in.MaintenanceRequest.Level;
import dev.taskorchestrator.application.port.in.MaintenanceRequest.Scope;
import dev.taskorchestrator.application.port.in.MaintenanceRequest;
import dev.taskorchestrator.application.port.out.RoleCatalog;
import dev.taskorchestrator.application.service.Orchestrator;
import dev.taskorchestrator.application.service.OrchestratorSettings;
import dev.taskorchestrator.domain.common.Actor;
import dev.taskorchestrator.domain.common.ErrorCode;
import dev.taskorchestrator.domain.task.TaskId;
import dev.taskorchestrator.domain.task.TaskStatus;
import dev.taskorchestrator.testkit.fixtures.TestIds;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class MaintenanceUseCaseTest extends UseCaseTest {

    private static MaintenanceRequest request(Optional<Scope> scope, Level level, Optional<TaskId> target) {
        return new MaintenanceRequest(scope, level, target, Optional.empty(), OPERATOR);
    }

    private static MaintenanceRequest wholeProject(Level level) {
        return request(Optional.of(Scope.FULL_PROJECT), level, Optional.empty());
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

        MaintenanceReport report = orchestrator.scanCleanup(wholeProject(Level.BASIC));

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

        MaintenanceReport report = orchestrator.scanCleanup(wholeProject(Level.COMPREHENSIVE));

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
        quick.executeTask(new ExecuteTaskUseCase.Command(held, Actor.agent("agent-1"), false));
        clock.advance(Duration.ofMinutes(20));

        MaintenanceReport report = quick.scanCleanup(wholeProject(Level.COMPREHENSIVE));

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

        MaintenanceReport report = orchestrator.scanCleanup(wholeProject(Level.BASIC));

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

        MaintenanceReport report = orchestrator.validateStructure(wholeProject(Level.FULL_AUDIT));

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

        MaintenanceReport report = orchestrator.prepareHandover(wholeProject(Level.BASIC));

        assertThat(report.markdown()).contains("## Done (1)", "Design", "## In progress (", "Docs", "agent-2",
                "## Next (ready)", "Build");
        assertThat(task(report.record()).status()).isEqualTo(TaskStatus.COMPLETED);
        assertThat(task(report.record()).title()).isEqualTo("Maintenance: prepare_handover (full_project, basic)");
        assertThat(orchestrator.getArtifact(report.artifact()).content()).isEqualTo(report.markdown());
        assertThat(orchestrator.writeStatusReport(wholeProject(Level.BASIC)).markdown()).contains("| completed |");
    }

    @Test
    void givenABadScope_whenRun_thenTheErrorNamesTheMissingField() {
        assertRefused(ErrorCode.INVALID_ARGUMENT, "target_task_id",
                () -> request(Optional.of(Scope.SPECIFIC_SUBTASK), Level.BASIC, Optional.empty()));
        assertRefused(ErrorCode.INVALID_ARGUMENT, "scope", () -> orchestrator.scanCleanup(
                request(Optional.of(Scope.CURRENT_SESSION), Level.BASIC, Optional.empty())));
        assertRefused(ErrorCode.NOT_FOUND, "target_task_id", () -> orchestrator.scanCleanup(
                request(Optional.of(Scope.SPECIFIC_SUBTASK), Level.BASIC, Optional.of(TestIds.taskId()))));
    }

    @Test
    void givenATarget_whenNoScopeIsNamed_thenItImpliesTheSubtree_andBesideAnotherScopeItIsRefused() {
        TaskId root = plan(leaf("t", "Target")).rootId();
        plan(leaf("o", "Outside the subtree"));

        MaintenanceReport report = orchestrator.validateStructure(request(Optional.empty(), Level.BASIC, Optional.of(root)));

        assertThat(report.scope()).isEqualTo(Scope.SPECIFIC_SUBTASK);
        assertThat(report.examined()).isEqualTo(1);
        assertRefused(ErrorCode.INVALID_ARGUMENT, "target_task_id",
                () -> request(Optional.of(Scope.FULL_PROJECT), Level.BASIC, Optional.of(root)));
    }

    @Test
    void givenNoScope_whenTheWorkspaceHasAnOpenSession_thenTheRunExaminesThatSessionAndIsRecordedInIt() {
        var inSession = plan(leaf("s", "In the session"), session(), false);
        plan(leaf("o", "Outside any session"));

        MaintenanceReport report = orchestrator.writeStatusReport(new MaintenanceRequest(Optional.empty(), Level.BASIC,
                Optional.empty(), Optional.of(workspace), OPERATOR));

        assertThat(report.scope()).isEqualTo(Scope.CURRENT_SESSION);
        assertThat(report.examined()).isEqualTo(1);
        assertThat(task(report.record()).sessionId()).isEqualTo(task(inSession.rootId()).sessionId());
        assertThat(orchestrator.writeStatusReport(new MaintenanceRequest(Optional.empty(), Level.BASIC,
                Optional.empty(), Optional.of(TestIds.workspace()), OPERATOR)).scope()).as("a workspace without one")
                .isEqualTo(Scope.FULL_PROJECT);
    }

    @Test
    void givenACleanUp_whenItArchives_thenTheHistoryNamesWhoRanIt() {
        TaskId stale = plan(leaf("stale", "Forgotten")).rootId();
        clock.advance(Duration.ofDays(8));

        orchestrator.scanCleanup(wholeProject(Level.COMPREHENSIVE));

        assertThat(orchestrator.taskHistory(new dev.taskorchestrator.application.port.in.TaskHistoryUseCase.Query(stale,
                10))).last().satisfies(event -> assertThat(event.actor()).contains(OPERATOR.name()));
    }
}

package dev.taskorchestrator.testkit.usecases;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.doThrow;
import static org.mockito.Mockito.spy;

import dev.taskorchestrator.application.port.in.CompleteTaskUseCase;
import dev.taskorchestrator.application.port.out.ArtifactStore;
import dev.taskorchestrator.application.port.out.RoleCatalog;
import dev.taskorchestrator.application.port.out.UnitOfWork;
import dev.taskorchestrator.application.service.Orchestrator;
import dev.taskorchestrator.application.service.OrchestratorPorts;
import dev.taskorchestrator.application.service.OrchestratorSettings;
import dev.taskorchestrator.domain.artifact.Artifact;
import dev.taskorchestrator.domain.artifact.ArtifactType;
import dev.taskorchestrator.domain.common.Actor;
import dev.taskorchestrator.domain.common.ErrorCode;
import dev.taskorchestrator.domain.common.OrchestratorException;
import dev.taskorchestrator.domain.session.SessionId;
import dev.taskorchestrator.domain.task.NextAction;
import dev.taskorchestrator.domain.task.PlanProgress;
import dev.taskorchestrator.domain.task.TaskId;
import dev.taskorchestrator.domain.task.TaskStatus;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class CompleteTaskUseCaseTest extends UseCaseTest {

    private CompleteTaskUseCase.Command command(TaskId id, NextAction action, List<String> paths, String agent) {
        return new CompleteTaskUseCase.Command(id, "Parser written", "## Parser\n\nfull detail", ArtifactType.CODE,
                Optional.of("parser notes"), paths, action, Actor.agent(agent), false, Optional.empty());
    }

    @Test
    void givenAClaimedSubtask_whenItsHolderCompletesIt_thenWorkIsKeptProgressReportedAndTheNextTaskNamed() {
        SessionId session = session();
        var result = plan(parent("root", "Root", leaf("a", "A"), leaf("b", "B", "a")), session, false);
        TaskId a = result.keys().get("a");
        execute(a, "agent-a");

        CompleteTaskUseCase.Result done = orchestrator.completeTask(command(a, NextAction.CONTINUE, List.of("src/Parser.java"),
                "agent-a"));

        assertThat(done.task().status()).isEqualTo(TaskStatus.COMPLETED);
        assertThat(done.task().data().summary()).contains("Parser written");
        assertThat(done.task().assignee()).isEmpty();
        Artifact artifact = orchestrator.getArtifact(done.artifact().id());
        assertThat(artifact.content()).isEqualTo("## Parser\n\nfull detail");
        assertThat(artifact.filePaths()).extracting(p -> p.value()).containsExactly("src/Parser.java");
        assertThat(done.parentProgress()).contains(new PlanProgress(2, 1, 1, 0, 50));
        assertThat(done.unblocked()).containsExactly(result.keys().get("b"));
        assertThat(done.nextTask()).hasValueSatisfying(t -> assertThat(t.id()).isEqualTo(result.keys().get("b")));
    }

    @Test
    void givenTheStoreUnreadableRightAfterTheCommit_whenATaskIsCompleted_thenTheCompletionIsReportedWithoutItsHints() {
        SessionId session = session();
        var result = plan(parent("root", "Root", leaf("a", "A"), leaf("b", "B", "a")), session, false);
        TaskId a = result.keys().get("a");
        execute(a, "agent-a");
        OrchestratorPorts ports = store.orchestratorPorts(RoleCatalog.builtIn());
        UnitOfWork writesOnly = new UnitOfWork() {
            @Override
            public <T> T inTransaction(java.util.function.Supplier<T> work) {
                return ports.unitOfWork().inTransaction(work);
            }

            @Override
            public <T> T inReadTransaction(java.util.function.Supplier<T> work) {
                throw new OrchestratorException(ErrorCode.UNAVAILABLE, "the database went away");
            }
        };
        Orchestrator failingReads = Orchestrator.create(new OrchestratorPorts(ports.tasks(), ports.sessions(),
                ports.artifacts(), ports.events(), ports.roles(), ports.templates(), ports.templateSyntax(),
                ports.lifecycle(), writesOnly, ports.ids(), ports.clock(), ports.storeHealth()));

        CompleteTaskUseCase.Result done = failingReads.completeTask(command(a, NextAction.CONTINUE, List.of(), "agent-a"));

        assertThat(done.task().status()).isEqualTo(TaskStatus.COMPLETED);
        assertThat(task(a).status()).isEqualTo(TaskStatus.COMPLETED);
        assertThat(done.unblocked()).isEmpty();
        assertThat(done.nextTask()).isEmpty();
    }

    @Test
    void givenAPlanAskingForAutoCompletion_whenTheLastSubtaskCompletes_thenParentsCompleteUpTheTree() {
        SessionId session = session();
        var result = plan(parent("root", "Root", parent("mid", "Mid", leaf("a", "A")), leaf("b", "B")), session, true);
        complete(result.keys().get("b"), "agent");

        CompleteTaskUseCase.Result done = complete(result.keys().get("a"), "agent");

        assertThat(done.autoCompleted()).containsExactly(result.keys().get("mid"), result.rootId());
        assertThat(task(result.rootId()).status()).isEqualTo(TaskStatus.COMPLETED);
        assertThat(task(result.keys().get("mid")).data().summary()).hasValueSatisfying(s -> assertThat(s).contains("1 subtasks"));
    }

    @Test
    void givenAPlanWithoutAutoCompletion_whenTheLastSubtaskCompletes_thenTheParentWaitsAndIsTheNextTask() {
        var result = plan(parent("root", "Root", leaf("a", "A")));

        CompleteTaskUseCase.Result done = complete(result.keys().get("a"), "agent");

        assertThat(done.autoCompleted()).isEmpty();
        assertThat(task(result.rootId()).status()).isEqualTo(TaskStatus.IN_PROGRESS);
        assertThat(done.nextTask()).hasValueSatisfying(t -> assertThat(t.id()).isEqualTo(result.rootId()));
    }

    @Test
    void givenWorkNeedingRevision_whenHandedIn_thenItIsKeptAndTheTaskStaysWithItsHolder() {
        TaskId id = plan(leaf("a", "A")).rootId();
        execute(id, "agent-a");

        CompleteTaskUseCase.Result result = orchestrator.completeTask(command(id, NextAction.NEEDS_REVISION, List.of(), "agent-a"));

        assertThat(result.task().status()).isEqualTo(TaskStatus.IN_PROGRESS);
        assertThat(result.task().assignee()).contains("agent-a");
        assertThat(store.ports().artifacts().findByTask(id)).hasSize(1);
    }

    @Test
    void givenWorkThatIsBlocked_whenHandedIn_thenTheTaskIsBlockedWithTheSummaryAsReason() {
        TaskId id = plan(leaf("a", "A")).rootId();

        CompleteTaskUseCase.Result result = orchestrator.completeTask(command(id, NextAction.BLOCKED, List.of(), "agent-a"));

        assertThat(result.task().status()).isEqualTo(TaskStatus.BLOCKED);
        assertThat(result.task().data().statusReason()).contains("Parser written");
    }

    @Test
    void givenAPathOutsideTheWorkspace_whenCompleted_thenRefusedNamingTheEntryAndNothingIsStored() {
        SessionId session = session();
        TaskId id = plan(leaf("a", "A"), session, false).rootId();

        assertRefused(ErrorCode.INVALID_ARGUMENT, "file_paths[1]",
                () -> orchestrator.completeTask(command(id, NextAction.CONTINUE, List.of("ok.txt", "../../etc/passwd"), "x")));
    }

    @Test
    void givenPathsButNoWorkspace_whenCompleted_thenRefusedNamingFilePaths() {
        TaskId id = plan(leaf("a", "A")).rootId();

        assertRefused(ErrorCode.INVALID_ARGUMENT, "file_paths",
                () -> orchestrator.completeTask(command(id, NextAction.CONTINUE, List.of("a.txt"), "x")));
    }

    @Test
    void givenATaskClaimedByAnother_whenCompleted_thenAlreadyClaimed() {
        TaskId id = plan(leaf("a", "A")).rootId();
        execute(id, "agent-a");

        assertRefused(ErrorCode.ALREADY_CLAIMED, "task_id",
                () -> orchestrator.completeTask(command(id, NextAction.CONTINUE, List.of(), "agent-b")));
    }

    @Test
    void givenAParentWithOpenSubtasks_whenCompleted_thenIllegalState() {
        var result = plan(parent("root", "Root", leaf("a", "A")));

        assertRefused(ErrorCode.ILLEGAL_STATE, "task_id",
                () -> orchestrator.completeTask(command(result.rootId(), NextAction.COMPLETE, List.of(), "x")));
    }

    @Test
    void givenEmptyDetailedWork_whenTheCommandIsBuilt_thenRefusedNamingDetailedWork() {
        assertRefused(ErrorCode.INVALID_ARGUMENT, "detailed_work",
                () -> CompleteTaskUseCase.Command.of(dev.taskorchestrator.testkit.fixtures.TestIds.taskId(), "s", "  ",
                        AGENT));
    }

    @Test
    void givenAnArtifactStoreThatFails_whenCompleted_thenTheWholeCompletionIsRolledBack() {
        ArtifactStore failing = spy(store.ports().artifacts());
        doThrow(new OrchestratorException(ErrorCode.INTERNAL, "disk full")).when(failing).add(any());
        OrchestratorPorts real = store.orchestratorPorts(RoleCatalog.builtIn());
        Orchestrator withFailingStore = Orchestrator.create(new OrchestratorPorts(real.tasks(), real.sessions(), failing,
                real.events(), real.roles(), real.templates(), real.templateSyntax(), real.lifecycle(), real.unitOfWork(), real.ids(), real.clock(),
                real.storeHealth(), real.requests(), real.host(), real.runtime()),
                OrchestratorSettings.defaults());
        TaskId id = plan(leaf("a", "A")).rootId();
        var before = store.database().contents();

        assertThatThrownBy(() -> withFailingStore.completeTask(command(id, NextAction.CONTINUE, List.of(), "x")))
                .hasMessage("disk full");

        assertThat(task(id).status()).isEqualTo(TaskStatus.PENDING);
        assertThat(store.database().contents()).isEqualTo(before);
    }
}

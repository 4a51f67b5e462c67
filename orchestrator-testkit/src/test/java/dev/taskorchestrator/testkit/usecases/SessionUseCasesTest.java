package dev.taskorchestrator.testkit.usecases;

import static org.assertj.core.api.Assertions.assertThat;

import dev.taskorchestrator.application.port.in.CleanupSessionsUseCase;
import dev.taskorchestrator.application.port.in.InitializeSessionUseCase;
import dev.taskorchestrator.application.port.in.ListSessionsUseCase;
import dev.taskorchestrator.application.port.in.SessionDetails;
import dev.taskorchestrator.application.port.in.SessionStatusUseCase;
import dev.taskorchestrator.domain.common.ErrorCode;
import dev.taskorchestrator.domain.session.CleanupType;
import dev.taskorchestrator.domain.session.SessionId;
import dev.taskorchestrator.domain.session.SessionStatus;
import dev.taskorchestrator.domain.task.TaskStatus;
import dev.taskorchestrator.testkit.fixtures.TestIds;
import java.time.Duration;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class SessionUseCasesTest extends UseCaseTest {

    @Test
    void givenANewWorkspace_whenInitialized_thenASessionStartsAndTheWorkflowAndRolesComeBack() {
        InitializeSessionUseCase.SessionStarted started = orchestrator.initializeSession(
                new InitializeSessionUseCase.Command("/projects/shop/", Optional.empty()));

        assertThat(started.resumed()).isFalse();
        assertThat(started.session().session().name()).isEqualTo("shop");
        assertThat(started.session().session().status()).isEqualTo(SessionStatus.ACTIVE);
        assertThat(started.workflow()).hasSize(4).anySatisfy(step -> assertThat(step).startsWith("plan:"))
                .anySatisfy(step -> assertThat(step).startsWith("synthesize:"));
        assertThat(started.roles()).hasSize(11);
    }

    @Test
    void givenAWorkspaceWithASession_whenInitializedAgain_thenTheSameSessionIsResumed() {
        SessionId first = session();
        clock.advance(Duration.ofHours(1));

        InitializeSessionUseCase.SessionStarted again = orchestrator.initializeSession(
                new InitializeSessionUseCase.Command(workspace, Optional.of("ignored")));

        assertThat(again.resumed()).isTrue();
        assertThat(again.session().session().id()).isEqualTo(first);
        assertThat(again.session().session().resumedAt()).contains(clock.instant());
    }

    @Test
    void givenABlankWorkspace_whenInitialized_thenRefusedNamingWorkingDirectory() {
        assertRefused(ErrorCode.INVALID_ARGUMENT, "working_directory",
                () -> orchestrator.initializeSession(new InitializeSessionUseCase.Command("  ", Optional.empty())));
    }

    @Test
    void givenAnUnknownSession_whenResumedOrShown_thenNotFoundNamingSessionId() {
        SessionId unknown = TestIds.sessionId();

        assertRefused(ErrorCode.NOT_FOUND, "session_id", () -> orchestrator.resumeSession(unknown));
        assertRefused(ErrorCode.NOT_FOUND, "session_id", () -> orchestrator.sessionStatus(SessionStatusUseCase.Query.of(unknown)));
    }

    @Test
    void givenAnArchivedSession_whenResumed_thenIllegalStateAndNothingChanges() {
        SessionId id = session();
        clock.advance(Duration.ofDays(30));
        orchestrator.cleanupSessions(new CleanupSessionsUseCase.Command(CleanupType.OLD, 7, false));

        assertRefused(ErrorCode.ILLEGAL_STATE, "session_id", () -> orchestrator.resumeSession(id));
    }

    @Test
    void givenTasksInASession_whenItsStatusIsShown_thenTasksAreCountedByStatus() {
        SessionId id = session();
        var planned = plan(parent("p", "Plan", leaf("a", "A"), leaf("b", "B")), id, false);
        complete(planned.keys().get("a"), "agent");

        SessionDetails details = orchestrator.sessionStatus(SessionStatusUseCase.Query.of(id));

        assertThat(details.taskCounts()).containsEntry(TaskStatus.COMPLETED, 1L).containsEntry(TaskStatus.PENDING, 1L)
                .containsEntry(TaskStatus.IN_PROGRESS, 1L);
        assertThat(details.totalTasks()).isEqualTo(3);
        assertThat(details.progressPercent()).isEqualTo(33);
    }

    @Test
    void givenSessions_whenListed_thenMostRecentFirstAndALimitOutOfRangeIsRefused() {
        SessionId older = session();
        clock.advance(Duration.ofMinutes(1));
        workspace = TestIds.workspace();
        SessionId newer = session();

        assertThat(orchestrator.listSessions(new ListSessionsUseCase.Query(false, 10)))
                .extracting(d -> d.session().id()).containsExactly(newer, older);
        assertRefused(ErrorCode.INVALID_ARGUMENT, "limit",
                () -> orchestrator.listSessions(new ListSessionsUseCase.Query(false, 0)));
    }

    @Test
    void givenIdleSessions_whenCleanedUpAsADryRun_thenTheyAreListedButNotChanged() {
        SessionId idle = session();
        clock.advance(Duration.ofDays(10));

        var before = store.database().contents();
        CleanupSessionsUseCase.Result result = orchestrator.cleanupSessions(
                new CleanupSessionsUseCase.Command(CleanupType.ORPHANED, 7, true));

        assertThat(result.dryRun()).isTrue();
        assertThat(result.sessions()).extracting(CleanupSessionsUseCase.Cleaned::sessionId).containsExactly(idle);
        assertThat(store.database().contents()).isEqualTo(before);
    }

    @Test
    void givenIdleSessions_whenCleanedUpForReal_thenOnlyTheSelectedAreArchived() {
        SessionId idle = session();
        workspace = TestIds.workspace();
        SessionId busy = session();
        plan(leaf("t", "Keeps the session busy"), busy, false);
        clock.advance(Duration.ofDays(10));

        orchestrator.cleanupSessions(new CleanupSessionsUseCase.Command(CleanupType.ORPHANED, 7, false));

        assertThat(orchestrator.sessionStatus(SessionStatusUseCase.Query.of(idle)).session().status()).isEqualTo(SessionStatus.ARCHIVED);
        assertThat(orchestrator.sessionStatus(SessionStatusUseCase.Query.of(busy)).session().status()).isEqualTo(SessionStatus.ACTIVE);
    }

    @Test
    void givenANegativeAge_whenCleanupIsAsked_thenTheErrorNamesTheFieldAndRange() {
        var error = assertRefused(ErrorCode.INVALID_ARGUMENT, "older_than_days",
                () -> orchestrator.cleanupSessions(new CleanupSessionsUseCase.Command(CleanupType.ALL, -1, false)));

        assertThat(error.allowed()).containsExactly("0..3650");
    }
}

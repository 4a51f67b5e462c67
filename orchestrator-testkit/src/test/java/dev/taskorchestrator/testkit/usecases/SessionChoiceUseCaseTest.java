package dev.taskorchestrator.testkit.usecases;

import static org.assertj.core.api.Assertions.assertThat;

import dev.taskorchestrator.application.port.in.PlanTaskUseCase;
import dev.taskorchestrator.application.port.in.PlannedTask;
import dev.taskorchestrator.application.port.in.SessionStatusUseCase;
import dev.taskorchestrator.domain.common.ErrorCode;
import dev.taskorchestrator.domain.session.SessionId;
import dev.taskorchestrator.domain.task.TaskId;
import dev.taskorchestrator.testkit.fixtures.TestIds;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The core, not an adapter, picks the session a command means when it names none: the terminal and an agent agree. */
class SessionChoiceUseCaseTest extends UseCaseTest {

    private PlanTaskUseCase.Result planIn(String where, Optional<TaskId> parent, Optional<SessionId> session) {
        return orchestrator.planTask(new PlanTaskUseCase.Command(PlannedTask.titled("Work"), parent, session,
                Optional.of(where), false, OPERATOR));
    }

    @Test
    void givenAWorkspaceWithAnOpenSession_whenAPlanNamesNone_thenItLandsInThatSession() {
        SessionId open = session();

        TaskId planned = planIn(workspace, Optional.empty(), Optional.empty()).rootId();

        assertThat(task(planned).sessionId()).contains(open);
        assertThat(task(planIn(workspace + "/", Optional.empty(), Optional.empty()).rootId()).sessionId())
                .as("the same workspace written with a trailing slash").contains(open);
    }

    @Test
    void givenAWorkspaceWithoutAnOpenSession_whenAPlanNamesNone_thenItHasNoSession() {
        session();

        TaskId planned = planIn(TestIds.workspace(), Optional.empty(), Optional.empty()).rootId();

        assertThat(task(planned).sessionId()).isEmpty();
    }

    @Test
    void givenAPlanUnderATaskOfAnotherSession_whenItNamesNone_thenItFollowsItsParent() {
        SessionId parentsSession = session();
        TaskId host = plan(PlannedTask.titled("Host"), parentsSession, false).rootId();
        String elsewhere = TestIds.workspace();
        orchestrator.initializeSession(new dev.taskorchestrator.application.port.in.InitializeSessionUseCase.Command(
                elsewhere, Optional.empty()));

        TaskId planned = planIn(elsewhere, Optional.of(host), Optional.empty()).rootId();

        assertThat(task(planned).sessionId()).contains(parentsSession);
    }

    @Test
    void givenASessionNamed_whenPlanned_thenItWinsAndAnUnknownOneIsNotFound() {
        SessionId named = session();
        String other = TestIds.workspace();
        orchestrator.initializeSession(new dev.taskorchestrator.application.port.in.InitializeSessionUseCase.Command(
                other, Optional.empty()));

        assertThat(task(planIn(other, Optional.empty(), Optional.of(named)).rootId()).sessionId()).contains(named);
        assertRefused(ErrorCode.NOT_FOUND, "session_id",
                () -> planIn(other, Optional.empty(), Optional.of(TestIds.sessionId())));
    }

    @Test
    void givenNoSessionNamed_whenItsStatusIsAsked_thenTheWorkspacesOpenSessionOrAnErrorNamingSessionId() {
        SessionId open = session();

        assertThat(orchestrator.sessionStatus(new SessionStatusUseCase.Query(Optional.empty(), Optional.of(workspace)))
                .session().id()).isEqualTo(open);
        assertRefused(ErrorCode.INVALID_ARGUMENT, "session_id", () -> orchestrator.sessionStatus(
                new SessionStatusUseCase.Query(Optional.empty(), Optional.of(TestIds.workspace()))));
    }
}

package dev.taskorchestrator.testkit.usecases;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import dev.taskorchestrator.application.port.in.CompleteTaskUseCase;
import dev.taskorchestrator.application.port.in.ExecuteTaskUseCase;
import dev.taskorchestrator.application.port.in.InitializeSessionUseCase;
import dev.taskorchestrator.application.port.in.PlanTaskUseCase;
import dev.taskorchestrator.application.port.in.PlannedTask;
import dev.taskorchestrator.application.service.Orchestrator;
import dev.taskorchestrator.domain.common.Actor;
import dev.taskorchestrator.domain.common.ErrorCode;
import dev.taskorchestrator.domain.common.OrchestratorException;
import dev.taskorchestrator.domain.session.SessionId;
import dev.taskorchestrator.domain.task.Task;
import dev.taskorchestrator.domain.task.TaskId;
import dev.taskorchestrator.testkit.fixtures.MutableClock;
import dev.taskorchestrator.testkit.fixtures.TestIds;
import dev.taskorchestrator.testkit.memory.InMemoryStore;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.BeforeEach;

/** Use cases on the in-memory adapters: a fresh store, a standing clock and helpers to plan quickly. */
abstract class UseCaseTest {

    /** The agent most tests act as, and a person at the terminal. */
    protected static final Actor AGENT = Actor.agent("agent-1");
    protected static final Actor OPERATOR = Actor.operator("cli@ann");

    protected InMemoryStore store;
    protected Orchestrator orchestrator;
    protected MutableClock clock;
    protected String workspace;

    @BeforeEach
    void setUpOrchestrator() {
        store = new InMemoryStore();
        orchestrator = store.orchestrator();
        clock = store.clock();
        workspace = TestIds.workspace();
    }

    protected SessionId session() {
        return orchestrator.initializeSession(new InitializeSessionUseCase.Command(workspace, Optional.empty()))
                .session().session().id();
    }

    protected static PlannedTask leaf(String key, String title, String... dependencies) {
        return PlannedTask.titled(title).withKey(key).withDependencies(Arrays.asList(dependencies));
    }

    protected static PlannedTask parent(String key, String title, PlannedTask... subtasks) {
        return PlannedTask.titled(title).withKey(key).withSubtasks(List.of(subtasks));
    }

    protected PlanTaskUseCase.Result plan(PlannedTask root) {
        return orchestrator.planTask(PlanTaskUseCase.Command.of(root, AGENT));
    }

    protected PlanTaskUseCase.Result plan(PlannedTask root, SessionId session, boolean autoComplete) {
        return orchestrator.planTask(new PlanTaskUseCase.Command(root, Optional.empty(), Optional.of(session),
                Optional.empty(), autoComplete, AGENT));
    }

    protected Task task(TaskId id) {
        return store.ports().tasks().findById(id).orElseThrow();
    }

    protected Task execute(TaskId id, String agent) {
        return orchestrator.executeTask(new ExecuteTaskUseCase.Command(id, Actor.agent(agent), false)).task();
    }

    protected CompleteTaskUseCase.Result complete(TaskId id, String agent) {
        return orchestrator.completeTask(new CompleteTaskUseCase.Command(id, "done " + id, "# Work of " + id,
                dev.taskorchestrator.domain.artifact.ArtifactType.GENERAL, Optional.empty(), List.of(),
                dev.taskorchestrator.domain.task.NextAction.CONTINUE, Actor.agent(agent), false, Optional.empty()));
    }

    /**
     * The call fails with {@code code}, its error names {@code field}, and nothing stored changed:
     * the promise every bad input must keep.
     */
    protected OrchestratorException assertRefused(ErrorCode code, String field, ThrowingCallable call) {
        Map<String, Object> before = store.database().contents();
        Throwable thrown = catchThrowable(call);
        assertThat(thrown).isInstanceOf(OrchestratorException.class);
        OrchestratorException error = (OrchestratorException) thrown;
        assertThat(error.code()).as(error.getMessage()).isEqualTo(code);
        assertThat(error.field()).as(error.getMessage()).contains(field);
        assertThat(store.database().contents()).as("nothing may change").isEqualTo(before);
        return error;
    }
}

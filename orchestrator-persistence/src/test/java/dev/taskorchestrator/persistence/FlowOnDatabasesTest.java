package dev.taskorchestrator.persistence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.taskorchestrator.application.port.in.CompleteTaskUseCase;
import dev.taskorchestrator.application.port.in.DeleteTaskUseCase;
import dev.taskorchestrator.application.port.in.ExecuteTaskUseCase;
import dev.taskorchestrator.application.port.in.GetStatusUseCase;
import dev.taskorchestrator.application.port.in.InitializeSessionUseCase;
import dev.taskorchestrator.application.port.in.NextTaskUseCase;
import dev.taskorchestrator.application.port.in.PlanTaskUseCase;
import dev.taskorchestrator.application.port.in.PlannedTask;
import dev.taskorchestrator.application.port.in.QueryTasksUseCase;
import dev.taskorchestrator.application.port.in.UpdateTaskUseCase;
import dev.taskorchestrator.application.port.out.RoleCatalog;
import dev.taskorchestrator.application.port.out.TaskFilter;
import dev.taskorchestrator.application.service.Orchestrator;
import dev.taskorchestrator.domain.common.Actor;
import dev.taskorchestrator.domain.common.ErrorCode;
import dev.taskorchestrator.domain.common.OrchestratorException;
import dev.taskorchestrator.domain.session.SessionId;
import dev.taskorchestrator.domain.task.TaskChanges;
import dev.taskorchestrator.domain.task.TaskId;
import dev.taskorchestrator.domain.task.TaskStatus;
import dev.taskorchestrator.testkit.fixtures.TestIds;
import dev.taskorchestrator.testkit.memory.InMemoryTemplateCatalog;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/** The whole agent flow through the Orchestrator on each real database: every use case meets real SQL. */
class FlowOnDatabasesTest {

    abstract static class Flow {
        private OrchestratorDatabase database;
        private Orchestrator orchestrator;

        abstract DatabaseSettings freshDatabase();

        @BeforeEach
        void open() {
            database = OrchestratorDatabase.open(freshDatabase());
            orchestrator = Orchestrator.create(database.orchestratorPorts(RoleCatalog.builtIn(),
                    new InMemoryTemplateCatalog(), Clock.systemUTC()));
        }

        @AfterEach
        void close() {
            database.close();
        }

        @Test
        void givenAThreeLevelPlanWithDependencies_whenAnAgentWorksThroughIt_thenEveryStepHoldsOnTheDatabase() {
            SessionId session = orchestrator.initializeSession(new InitializeSessionUseCase.Command(TestIds.workspace(),
                    Optional.empty())).session().session().id();
            PlannedTask plan = PlannedTask.titled("Ship the parser").withKey("root").withSubtasks(List.of(
                    PlannedTask.titled("Design").withKey("design").withSubtasks(List.of(
                            PlannedTask.titled("Grammar").withKey("grammar"),
                            PlannedTask.titled("API").withKey("api").withDependencies(List.of("grammar")))),
                    PlannedTask.titled("Build").withKey("build").withDependencies(List.of("design"))));
            PlanTaskUseCase.Result planned = orchestrator.planTask(new PlanTaskUseCase.Command(plan, Optional.empty(),
                    Optional.of(session), Optional.empty(), true, Actor.agent("agent")));
            TaskId grammar = planned.keys().get("grammar");
            TaskId api = planned.keys().get("api");
            TaskId build = planned.keys().get("build");

            OrchestratorException notReady = catchThrowableOfType(OrchestratorException.class,
                    () -> orchestrator.executeTask(new ExecuteTaskUseCase.Command(api, Actor.agent("agent"), false)));
            assertThat(notReady.code()).isEqualTo(ErrorCode.NOT_READY);

            OrchestratorException cycle = catchThrowableOfType(OrchestratorException.class, () -> orchestrator.updateTask(
                    new UpdateTaskUseCase.Command(grammar, OptionalLong.empty(), TaskChanges.none(), Optional.empty(),
                            Optional.empty(), List.of(api), List.of(), Actor.agent("agent"), false)));
            assertThat(cycle.code()).isEqualTo(ErrorCode.DEPENDENCY_CYCLE);

            NextTaskUseCase.Result next = orchestrator.nextTask(new NextTaskUseCase.Query(Optional.of(session),
                    Optional.empty(), true, Optional.of(Actor.agent("agent"))));
            assertThat(next.task()).hasValueSatisfying(t -> assertThat(t.id()).isEqualTo(grammar));
            CompleteTaskUseCase.Result done = orchestrator.completeTask(new CompleteTaskUseCase.Command(grammar, "grammar done",
                    "# Grammar", dev.taskorchestrator.domain.artifact.ArtifactType.DESIGN, Optional.empty(),
                    List.of("docs/grammar.md"), dev.taskorchestrator.domain.task.NextAction.CONTINUE, Actor.agent("agent"),
                    false, Optional.empty()));
            assertThat(done.unblocked()).containsExactly(api);
            assertThat(done.nextTask()).hasValueSatisfying(t -> assertThat(t.id()).isEqualTo(api));

            orchestrator.executeTask(new ExecuteTaskUseCase.Command(api, Actor.agent("agent"), false));
            CompleteTaskUseCase.Result apiDone = CompleteTaskUseCaseCommands.complete(orchestrator, api);
            assertThat(apiDone.autoCompleted()).containsExactly(planned.keys().get("design"));
            CompleteTaskUseCaseCommands.complete(orchestrator, build);
            assertThat(database.tasks().findById(planned.rootId()).orElseThrow().status()).isEqualTo(TaskStatus.COMPLETED);

            assertThat(orchestrator.synthesizeResults(planned.rootId()).completed()).isEqualTo(4);
            assertThat(orchestrator.getStatus(new GetStatusUseCase.Query(Optional.of(session), true, 10)).counts())
                    .containsEntry(TaskStatus.COMPLETED, 5L);
            assertThat(orchestrator.queryTasks(QueryTasksUseCase.Query.of(TaskFilter.any().withSession(Optional.of(session))
                    .withStatuses(java.util.Set.of(TaskStatus.COMPLETED)))).totalCount()).hasValue(5);

            DeleteTaskUseCase.Result deleted = orchestrator.deleteTask(new DeleteTaskUseCase.Command(planned.rootId(),
                    false, false, Actor.agent("agent"), false));
            assertThat(deleted.affected()).hasSize(5);
            assertThat(database.tasks().findById(grammar)).isEmpty();
            assertThat(database.integrityCheck()).isEqualTo("ok");
        }
    }

    /** Hands in work with the minimum of arguments. */
    static final class CompleteTaskUseCaseCommands {
        static CompleteTaskUseCase.Result complete(Orchestrator orchestrator, TaskId id) {
            return orchestrator.completeTask(new CompleteTaskUseCase.Command(id, "done", "# Done",
                    dev.taskorchestrator.domain.artifact.ArtifactType.GENERAL, Optional.empty(), List.of(),
                    dev.taskorchestrator.domain.task.NextAction.CONTINUE, Actor.agent("agent"), false,
                    Optional.empty()));
        }
    }

    @Nested
    class OnSqlite extends Flow {
        @Override
        DatabaseSettings freshDatabase() {
            return TestDatabases.freshSqlite();
        }
    }

    @Nested
    class OnPostgres extends Flow {
        @Override
        DatabaseSettings freshDatabase() {
            return TestDatabases.freshPostgres();
        }
    }
}

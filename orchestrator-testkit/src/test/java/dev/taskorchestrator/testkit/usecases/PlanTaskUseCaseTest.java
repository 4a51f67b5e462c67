package dev.taskorchestrator.testkit.usecases;

import static org.assertj.core.api.Assertions.assertThat;

import dev.taskorchestrator.application.port.in.PlanTaskUseCase;
import dev.taskorchestrator.application.port.in.PlannedTask;
import dev.taskorchestrator.domain.common.ErrorCode;
import dev.taskorchestrator.domain.common.Limits;
import dev.taskorchestrator.domain.session.SessionId;
import dev.taskorchestrator.domain.task.Task;
import dev.taskorchestrator.domain.task.TaskEventType;
import dev.taskorchestrator.domain.task.TaskId;
import dev.taskorchestrator.domain.task.TaskStatus;
import dev.taskorchestrator.domain.task.TaskType;
import dev.taskorchestrator.testkit.fixtures.TestIds;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class PlanTaskUseCaseTest extends UseCaseTest {

    private static PlannedTask threeLevels() {
        return parent("root", "Ship the parser",
                parent("design", "Design", leaf("grammar", "Write the grammar"), leaf("api", "Sketch the API", "grammar")),
                leaf("build", "Build it", "design").withSpecialist("coder"),
                leaf("test", "Test it", "build", "api").withSpecialist("tester"));
    }

    @Test
    void givenAThreeLevelPlan_whenPlanned_thenEveryTaskIsStoredWithItsParentDefaultsAndDependencies() {
        SessionId session = session();

        PlanTaskUseCase.Result result = plan(threeLevels(), session, false);

        assertThat(result.keys()).containsOnlyKeys("root", "design", "grammar", "api", "build", "test");
        assertThat(result.created()).hasSize(6).allSatisfy(t -> assertThat(t.sessionId()).contains(session));
        assertThat(result.rootId()).isEqualTo(result.keys().get("root"));
        Task root = task(result.keys().get("root"));
        Task grammar = task(result.keys().get("grammar"));
        Task test = task(result.keys().get("test"));
        assertThat(root.data().taskType()).isEqualTo(TaskType.BREAKDOWN);
        assertThat(root.specialistType()).isEqualTo("coordinator");
        assertThat(grammar.parentId()).contains(result.keys().get("design"));
        assertThat(grammar.data().taskType()).isEqualTo(TaskType.STANDARD);
        assertThat(grammar.specialistType()).isEqualTo("generic");
        assertThat(task(result.keys().get("build")).specialistType()).isEqualTo("implementer");
        assertThat(test.dependencies()).containsExactly(result.keys().get("build"), result.keys().get("api"));
        assertThat(result.created()).allSatisfy(t -> assertThat(t.status()).isEqualTo(TaskStatus.PENDING));
        assertThat(store.ports().events().history(test.id(), 10)).extracting(e -> e.type())
                .containsExactly(TaskEventType.CREATED);
    }

    @Test
    void givenADependencyOnAStoredTask_whenPlanned_thenItIsLinkedById() {
        TaskId existing = plan(PlannedTask.titled("Earlier work")).rootId();

        PlanTaskUseCase.Result result = plan(PlannedTask.titled("Later work").withDependencies(List.of(existing.value())));

        assertThat(task(result.rootId()).dependencies()).containsExactly(existing);
    }

    @Test
    void givenAPlanUnderAnExistingTask_whenPlanned_thenTheRootIsItsChildAndInheritsItsSession() {
        SessionId session = session();
        TaskId host = plan(PlannedTask.titled("Host"), session, false).rootId();

        PlanTaskUseCase.Result result = orchestrator.planTask(new PlanTaskUseCase.Command(PlannedTask.titled("Guest"),
                Optional.of(host), Optional.empty(), Optional.empty(), false, AGENT));

        assertThat(task(result.rootId()).parentId()).contains(host);
        assertThat(task(result.rootId()).sessionId()).contains(session);
    }

    @Test
    void givenAnUnknownKey_whenPlanned_thenRefusedNamingTheNestedFieldAndTheKnownKeys() {
        PlannedTask bad = parent("root", "Root", leaf("a", "A"), leaf("b", "B", "nope"));

        var error = assertRefused(ErrorCode.INVALID_ARGUMENT, "subtasks[1].dependencies[0]", () -> plan(bad));

        assertThat(error.allowed()).containsExactly("root", "a", "b");
    }

    @Test
    void givenATaskIdThatDoesNotExist_whenPlanned_thenNotFound() {
        PlannedTask bad = leaf("a", "A", TestIds.taskId().value());

        assertRefused(ErrorCode.NOT_FOUND, "dependencies[0]", () -> plan(bad));
    }

    @Test
    void givenAKeyUsedTwice_whenPlanned_thenRefusedNamingTheSecond() {
        PlannedTask bad = parent("root", "Root", leaf("a", "A"), parent("x", "X", leaf("a", "A again")));

        assertRefused(ErrorCode.INVALID_ARGUMENT, "subtasks[1].subtasks[0].key", () -> plan(bad));
    }

    @Test
    void givenTasksOfAPlanDependingOnEachOther_whenPlanned_thenTheCycleIsNamedByKeys() {
        PlannedTask bad = parent("root", "Root", leaf("a", "A", "c"), leaf("b", "B", "a"), leaf("c", "C", "b"));

        var error = assertRefused(ErrorCode.DEPENDENCY_CYCLE, "subtasks[0].dependencies", () -> plan(bad));

        assertThat(error.getMessage()).isEqualTo("dependency cycle: a -> c -> b -> a");
    }

    @Test
    void givenAnUnknownSpecialistDeepInThePlan_whenPlanned_thenRefusedListingTheRoles() {
        PlannedTask bad = parent("root", "Root", parent("x", "X", leaf("a", "A").withSpecialist("wizard")));

        var error = assertRefused(ErrorCode.INVALID_ARGUMENT, "subtasks[0].subtasks[0].specialist_type", () -> plan(bad));

        assertThat(error.allowed()).contains("architect", "implementer", "generic").hasSize(11);
        assertThat(error.getMessage()).startsWith("subtasks[0].subtasks[0].specialist_type 'wizard'");
    }

    @Test
    void givenAFinishedParent_whenAPlanIsAttached_thenIllegalState() {
        TaskId done = plan(PlannedTask.titled("Done")).rootId();
        complete(done, "agent");

        assertRefused(ErrorCode.ILLEGAL_STATE, "parent_task_id", () -> orchestrator.planTask(
                new PlanTaskUseCase.Command(PlannedTask.titled("Late"), Optional.of(done), Optional.empty(),
                        Optional.empty(), false, AGENT)));
    }

    @Test
    void givenUnknownParentOrSession_whenPlanned_thenNotFoundNamingThem() {
        assertRefused(ErrorCode.NOT_FOUND, "parent_task_id", () -> orchestrator.planTask(new PlanTaskUseCase.Command(
                PlannedTask.titled("x"), Optional.of(TestIds.taskId()), Optional.empty(), Optional.empty(), false, AGENT)));
        assertRefused(ErrorCode.NOT_FOUND, "session_id", () -> orchestrator.planTask(new PlanTaskUseCase.Command(
                PlannedTask.titled("x"), Optional.empty(), Optional.of(TestIds.sessionId()), Optional.empty(), false, AGENT)));
    }

    @Test
    void givenMoreTasksThanAPlanMayHold_whenPlanned_thenRefusedWithTheLimit() {
        List<PlannedTask> many = new ArrayList<>();
        for (int i = 0; i < Limits.PLAN_TASKS_MAX; i++) {
            many.add(PlannedTask.titled("t" + i));
        }

        assertRefused(ErrorCode.INVALID_ARGUMENT, "subtasks", () -> plan(PlannedTask.titled("Too big").withSubtasks(many)));
    }

    @Test
    void givenABadTitleInTheRoot_whenTheRecordIsBuilt_thenTheFieldIsNamed() {
        assertRefused(ErrorCode.INVALID_ARGUMENT, "title", () -> PlannedTask.titled(""));
    }
}

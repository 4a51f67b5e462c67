package dev.taskorchestrator.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import dev.taskorchestrator.application.port.in.InitializeSessionUseCase;
import dev.taskorchestrator.application.port.in.PlanTaskUseCase;
import dev.taskorchestrator.application.port.in.PlannedTask;
import dev.taskorchestrator.application.port.out.RoleCatalog;
import dev.taskorchestrator.application.port.out.TaskFilter;
import dev.taskorchestrator.application.service.Orchestrator;
import dev.taskorchestrator.domain.common.Actor;
import dev.taskorchestrator.domain.session.SessionId;
import dev.taskorchestrator.domain.task.Task;
import dev.taskorchestrator.domain.task.TaskId;
import dev.taskorchestrator.domain.task.TaskStatus;
import dev.taskorchestrator.testkit.fixtures.TestIds;
import dev.taskorchestrator.testkit.memory.InMemoryTemplateCatalog;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * No write lost and no task held twice, proven with real processes sharing one database: the
 * same tests for SQLite (one file) and PostgreSQL (one server).
 */
abstract class MultiProcessContract {

    protected abstract DatabaseSettings freshDatabase();

    private DatabaseSettings settings;
    private OrchestratorDatabase database;
    private Orchestrator orchestrator;
    private SessionId session;

    @BeforeEach
    void openSharedDatabase() {
        settings = freshDatabase();
        database = OrchestratorDatabase.open(settings);
        orchestrator = Orchestrator.create(database.orchestratorPorts(RoleCatalog.builtIn(), new InMemoryTemplateCatalog(),
                Clock.systemUTC()));
        session = orchestrator.initializeSession(new InitializeSessionUseCase.Command(TestIds.workspace(), Optional.empty()))
                .session().session().id();
    }

    @AfterEach
    void closeSharedDatabase() {
        database.close();
    }

    private List<TaskId> storedInSession() {
        return database.tasks().query(TaskFilter.any().withSession(Optional.of(session)), Optional.empty(), 10_000)
                .tasks().stream().map(Task::id).toList();
    }

    /** Every process opens the database first and says so; then all are told to go at once. */
    private static void startTogether(List<Workers.Worker> workers) throws Exception {
        for (Workers.Worker worker : workers) {
            worker.awaitLines("ready", 1, 120);
        }
        for (Workers.Worker worker : workers) {
            worker.send("go");
        }
    }

    @Test
    void givenTenProcessesCreatingTasksAtOnce_whenTheyFinish_thenEveryAcknowledgedTaskIsStored() throws Exception {
        List<Workers.Worker> workers = new ArrayList<>();
        for (int i = 0; i < 10; i++) {
            workers.add(Workers.start("create", settings.jdbcUrl(), session.value(), "25"));
        }
        startTogether(workers);
        List<String> acknowledged = new ArrayList<>();
        for (Workers.Worker worker : workers) {
            worker.awaitSuccess(180);
            acknowledged.addAll(worker.values("ack"));
        }

        assertThat(acknowledged).hasSize(250).doesNotHaveDuplicates();
        assertThat(storedInSession()).map(TaskId::value).containsExactlyInAnyOrderElementsOf(acknowledged);
    }

    @Test
    void givenEightProcessesClaimingFromAThousandReadyTasks_whenTheyDrainThem_thenEachTaskIsClaimedExactlyOnce()
            throws Exception {
        database.unitOfWork().run(() -> {
            for (int i = 0; i < 1_000; i++) {
                orchestrator.planTask(new PlanTaskUseCase.Command(PlannedTask.titled("Ready " + i), Optional.empty(),
                        Optional.of(session), Optional.empty(), false, Actor.agent("agent")));
            }
        });
        List<Workers.Worker> agents = new ArrayList<>();
        for (int i = 0; i < 8; i++) {
            agents.add(Workers.start("claim", settings.jdbcUrl(), session.value(), "agent-" + i));
        }
        startTogether(agents);
        List<String> claimed = new ArrayList<>();
        for (Workers.Worker agent : agents) {
            agent.awaitSuccess(300);
            claimed.addAll(agent.values("claimed"));
        }

        List<Task> stored = database.tasks().query(TaskFilter.any().withSession(Optional.of(session)), Optional.empty(),
                10_000).tasks();
        assertThat(stored.stream().filter(t -> !claimed.contains(t.id().value())).map(t -> t + " " + t.assignee()
                + " " + database.events().history(t.id(), 10)).toList()).as("tasks no worker reported").isEmpty();
        assertThat(claimed).hasSize(1_000).doesNotHaveDuplicates();
        assertThat(stored).allSatisfy(task -> {
            assertThat(task.status()).isEqualTo(TaskStatus.IN_PROGRESS);
            assertThat(task.assignee()).hasValueSatisfying(agent -> assertThat(agent).startsWith("agent-"));
        });
        Set<String> agentsThatWorked = new HashSet<>();
        stored.forEach(task -> agentsThatWorked.add(task.assignee().orElseThrow()));
        assertThat(agentsThatWorked).hasSizeGreaterThan(1);
    }

    @Test
    void givenTwoWritersUpdatingOneTaskWithTheSameVersion_whenTheyWriteAtOnce_thenExactlyOneWins() throws Exception {
        TaskId task = orchestrator.planTask(new PlanTaskUseCase.Command(PlannedTask.titled("Contested"), Optional.empty(),
                Optional.of(session), Optional.empty(), false, Actor.agent("agent"))).rootId();
        long version = database.tasks().findById(task).orElseThrow().version();
        Workers.Worker first = Workers.start("update", settings.jdbcUrl(), task.value(), Long.toString(version), "first");
        Workers.Worker second = Workers.start("update", settings.jdbcUrl(), task.value(), Long.toString(version), "second");
        first.awaitLines("ready", 1, 60);
        second.awaitLines("ready", 1, 60);
        first.send("go");
        second.send("go");
        first.awaitSuccess(60);
        second.awaitSuccess(60);

        List<String> outcomes = new ArrayList<>(first.lines());
        outcomes.addAll(second.lines());
        assertThat(outcomes).containsOnlyOnce("won").containsOnlyOnce("lost conflict");
        String winner = first.lines().contains("won") ? "first" : "second";
        assertThat(database.tasks().findById(task).orElseThrow().title()).isEqualTo(winner);
        assertThat(database.tasks().findById(task).orElseThrow().version()).isEqualTo(version + 1);
    }

    @Test
    void givenAWriterKilledWithSigkill_whenTheDatabaseIsReopened_thenItIsIntactAndEveryAcknowledgedWriteIsThere()
            throws Exception {
        Workers.Worker writer = Workers.start("write-forever", settings.jdbcUrl(), session.value());
        writer.awaitLines("ack", 40, 120);
        writer.kill();
        List<String> acknowledged = writer.values("ack");
        database.close();

        database = OrchestratorDatabase.open(settings);

        assertThat(database.integrityCheck()).isEqualTo("ok");
        assertThat(storedInSession()).map(TaskId::value).containsAll(acknowledged);
    }
}

package dev.taskorchestrator.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import dev.taskorchestrator.application.port.in.CompleteTaskUseCase;
import dev.taskorchestrator.application.port.in.InitializeSessionUseCase;
import dev.taskorchestrator.application.port.in.NextTaskUseCase;
import dev.taskorchestrator.application.port.in.PlanTaskUseCase;
import dev.taskorchestrator.application.port.out.RoleCatalog;
import dev.taskorchestrator.application.port.out.TaskFilter;
import dev.taskorchestrator.application.service.Orchestrator;
import dev.taskorchestrator.domain.artifact.ArtifactType;
import dev.taskorchestrator.domain.common.Actor;
import dev.taskorchestrator.domain.session.SessionId;
import dev.taskorchestrator.domain.task.NextAction;
import dev.taskorchestrator.domain.task.Task;
import dev.taskorchestrator.domain.task.TaskEvent;
import dev.taskorchestrator.domain.task.TaskEventType;
import dev.taskorchestrator.domain.task.TaskId;
import dev.taskorchestrator.domain.task.TaskStatus;
import dev.taskorchestrator.testkit.fixtures.TestIds;
import dev.taskorchestrator.testkit.memory.InMemoryTemplateCatalog;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/**
 * Eight agents of an embedding program, each a thread with its own Orchestrator (its own pool) on
 * one database, work two plans of 400 tasks together to the end: one whose parents complete by
 * themselves, one whose parents the agents complete. No agent sees an error, no task is done twice.
 */
class ManyAgentsTest {

    private static final int AGENTS = 8;
    private static final Duration DEADLINE = Duration.ofMinutes(4);

    abstract static class OnOneDatabase {

        abstract DatabaseSettings freshDatabase();

        @Test
        void givenEightAgentsOnOneStore_whenTheyWorkTwoPlansToTheEnd_thenNoErrorAndEveryTaskCompletedExactlyOnce()
                throws Exception {
            DatabaseSettings settings = freshDatabase();
            List<OrchestratorDatabase> databases = new ArrayList<>();
            try {
                for (int i = 0; i < AGENTS; i++) {
                    databases.add(OrchestratorDatabase.open(settings));
                }
                Orchestrator planner = orchestratorOn(databases.get(0));
                SessionId session = planner.initializeSession(new InitializeSessionUseCase.Command(TestIds.workspace(),
                        Optional.empty())).session().session().id();
                TaskId selfCompleting = plan(planner, session, ManyAgentsPlan.of("auto", 10, 19), true);
                TaskId agentCompleted = plan(planner, session, ManyAgentsPlan.of("manual", 11, 17), false);

                List<String> errors = Collections.synchronizedList(new ArrayList<>());
                List<TaskId> completedByAgents = Collections.synchronizedList(new ArrayList<>());
                ExecutorService agents = Executors.newFixedThreadPool(AGENTS);
                try {
                    List<Future<?>> running = new ArrayList<>();
                    Instant deadline = Instant.now().plus(DEADLINE);
                    for (int i = 0; i < AGENTS; i++) {
                        Orchestrator own = orchestratorOn(databases.get(i));
                        Actor agent = Actor.agent("agent-" + i);
                        running.add(agents.submit(() -> work(own, agent, session, deadline, completedByAgents, errors)));
                    }
                    for (Future<?> agent : running) {
                        agent.get(DEADLINE.toSeconds() + 30, TimeUnit.SECONDS);
                    }
                } finally {
                    agents.shutdownNow();
                }

                OrchestratorDatabase store = databases.get(0);
                List<Task> tasks = store.tasks().query(TaskFilter.any().withSession(Optional.of(session)), Optional.empty(),
                        1_000).tasks();
                long racesLost = databases.stream().mapToLong(OrchestratorDatabase::racesLost).sum();
                System.out.printf("%s: %d agents, %d tasks, %d completed by agents, %d races lost and run again%n",
                        settings.kind(), AGENTS, tasks.size(), completedByAgents.size(), racesLost);

                assertThat(errors).as("errors returned to agents").isEmpty();
                assertThat(tasks).hasSize(400).allSatisfy(task -> assertThat(task.status()).isEqualTo(TaskStatus.COMPLETED));
                assertThat(completedByAgents).doesNotHaveDuplicates();
                Map<TaskId, Task> byId = tasks.stream().collect(Collectors.toMap(Task::id, task -> task));
                for (Task task : tasks) {
                    List<TaskEventType> endings = store.events().history(task.id(), 100).stream().map(TaskEvent::type)
                            .filter(type -> type == TaskEventType.COMPLETED || type == TaskEventType.AUTO_COMPLETED)
                            .toList();
                    boolean selfCompletingParent = isUnder(task, selfCompleting, byId) && hasChildren(task, tasks);
                    assertThat(endings).as("how task %s ended", task.title()).containsExactly(selfCompletingParent
                            ? TaskEventType.AUTO_COMPLETED : TaskEventType.COMPLETED);
                    task.parentId().map(byId::get).ifPresent(parent -> assertThat(parent.data().completedAt().orElseThrow())
                            .as("%s completed before its subtask %s", parent.title(), task.title())
                            .isAfterOrEqualTo(task.data().completedAt().orElseThrow()));
                }
                assertThat(completedByAgents).hasSize(400 - 11).contains(agentCompleted);
            } finally {
                databases.forEach(OrchestratorDatabase::close);
            }
        }

        private static boolean isUnder(Task task, TaskId root, Map<TaskId, Task> byId) {
            for (Optional<Task> step = Optional.of(task); step.isPresent();
                    step = step.get().parentId().map(byId::get)) {
                if (step.get().id().equals(root)) {
                    return true;
                }
            }
            return false;
        }

        private static boolean hasChildren(Task task, List<Task> tasks) {
            return tasks.stream().anyMatch(other -> other.parentId().filter(task.id()::equals).isPresent());
        }
    }

    private static Orchestrator orchestratorOn(OrchestratorDatabase database) {
        return Orchestrator.create(database.orchestratorPorts(RoleCatalog.builtIn(), new InMemoryTemplateCatalog(),
                Clock.systemUTC()));
    }

    private static TaskId plan(Orchestrator orchestrator, SessionId session, dev.taskorchestrator.application.port.in
            .PlannedTask root, boolean autoCompleteParents) {
        return orchestrator.planTask(new PlanTaskUseCase.Command(root, Optional.empty(), Optional.of(session),
                Optional.empty(), autoCompleteParents, Actor.agent("planner"))).rootId();
    }

    /** The loop of an agent: claim the best ready task and complete it; wait a moment while others hold the rest. */
    private static void work(Orchestrator orchestrator, Actor agent, SessionId session, Instant deadline,
            List<TaskId> completed, List<String> errors) {
        while (Instant.now().isBefore(deadline)) {
            try {
                NextTaskUseCase.Result next = orchestrator.nextTask(new NextTaskUseCase.Query(Optional.of(session),
                        Optional.empty(), true, Optional.of(agent)));
                if (next.execution().isPresent()) {
                    TaskId task = next.execution().get().task().id();
                    orchestrator.completeTask(new CompleteTaskUseCase.Command(task, "done by " + agent.name(),
                            "the work of " + agent.name() + " on " + task, ArtifactType.GENERAL, Optional.empty(),
                            List.of(), NextAction.CONTINUE, agent, false, Optional.empty()));
                    completed.add(task);
                } else if (next.openTasks() == 0) {
                    return;
                } else {
                    Thread.sleep(10);
                }
            } catch (InterruptedException interrupted) {
                Thread.currentThread().interrupt();
                return;
            } catch (RuntimeException failure) {
                errors.add(agent.name() + ": " + failure);
            }
        }
        errors.add(agent.name() + ": still working at the deadline");
    }

    @Nested
    class OnSqlite extends OnOneDatabase {
        @Override
        DatabaseSettings freshDatabase() {
            return TestDatabases.freshSqlite();
        }
    }

    @Nested
    class OnPostgresql extends OnOneDatabase {
        @Override
        DatabaseSettings freshDatabase() {
            return TestDatabases.freshPostgres();
        }
    }
}

package dev.taskorchestrator.persistence;

import static dev.taskorchestrator.testkit.fixtures.TaskBuilder.aTask;
import static org.assertj.core.api.Assertions.assertThat;

import dev.taskorchestrator.application.port.out.ReadyFilter;
import dev.taskorchestrator.domain.task.Task;
import dev.taskorchestrator.domain.task.TaskId;
import dev.taskorchestrator.domain.task.TaskStatus;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The prerequisites of one task completed at the same moment by as many units of work, on
 * PostgreSQL at read committed: each recounts the task's unmet prerequisites, and none may count
 * another's completion as not done, or the task would wait for good although all are done.
 */
class PostgresFanInTest {

    private static final int PREREQUISITES = 6;
    private static final int ROUNDS = 15;

    private OrchestratorDatabase database;
    private ExecutorService agents;

    @BeforeEach
    void open() {
        database = OrchestratorDatabase.open(TestDatabases.freshPostgres());
        agents = Executors.newFixedThreadPool(PREREQUISITES);
    }

    @AfterEach
    void close() {
        agents.shutdownNow();
        database.close();
    }

    @Test
    void givenPrerequisitesCompletedAtOnce_whenTheLastCommits_thenTheirDependentIsReady() throws Exception {
        for (int round = 0; round < ROUNDS; round++) {
            List<Task> prerequisites = new ArrayList<>();
            for (int i = 0; i < PREREQUISITES; i++) {
                prerequisites.add(stored(aTask().withStatus(TaskStatus.IN_PROGRESS)));
            }
            Task fanIn = stored(aTask().dependingOn(prerequisites.stream().map(Task::id).toArray(TaskId[]::new)));

            CountDownLatch start = new CountDownLatch(1);
            List<CompletableFuture<Void>> completions = prerequisites.stream()
                    .map(prerequisite -> CompletableFuture.runAsync(() -> {
                        await(start);
                        database.unitOfWork().run(() -> {
                            database.tasks().lockForUpdate(List.of(prerequisite.id()));
                            database.tasks().update(prerequisite.moveTo(TaskStatus.COMPLETED, Optional.empty(),
                                    Instant.now()));
                        });
                    }, agents)).toList();
            start.countDown();
            CompletableFuture.allOf(completions.toArray(CompletableFuture[]::new)).get(60, TimeUnit.SECONDS);

            assertThat(database.tasks().findReady(new ReadyFilter(Optional.empty(), Optional.empty()), Instant.now(),
                    500)).as("round %d", round).extracting(Task::id).contains(fanIn.id());
        }
    }

    private Task stored(dev.taskorchestrator.testkit.fixtures.TaskBuilder builder) {
        Task task = builder.build();
        database.tasks().add(task);
        return task;
    }

    private static void await(CountDownLatch latch) {
        try {
            latch.await(30, TimeUnit.SECONDS);
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
        }
    }
}

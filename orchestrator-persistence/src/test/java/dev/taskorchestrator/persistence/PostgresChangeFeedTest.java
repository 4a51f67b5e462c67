package dev.taskorchestrator.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import dev.taskorchestrator.application.port.in.ChangeFeedUseCase;
import dev.taskorchestrator.application.port.out.RoleCatalog;
import dev.taskorchestrator.application.service.Orchestrator;
import dev.taskorchestrator.domain.task.TaskEvent;
import dev.taskorchestrator.domain.task.TaskEventType;
import dev.taskorchestrator.domain.task.TaskId;
import dev.taskorchestrator.testkit.StorePorts;
import dev.taskorchestrator.testkit.fixtures.TestIds;
import dev.taskorchestrator.testkit.memory.InMemoryTemplateCatalog;
import java.time.Clock;
import java.time.Instant;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * On a real PostgreSQL, a write takes its position in the event log when it inserts, not when it
 * commits: a write that commits after a later one is seen by a reader after the later one, below
 * the position it has already read past. The change feed must still report it.
 */
class PostgresChangeFeedTest {

    private OrchestratorDatabase database;
    private StorePorts ports;
    private Orchestrator core;

    @BeforeEach
    void open() {
        database = OrchestratorDatabase.open(TestDatabases.freshPostgres());
        ports = TestDatabases.ports(database);
        core = Orchestrator.create(database.orchestratorPorts(RoleCatalog.builtIn(), new InMemoryTemplateCatalog(),
                Clock.systemUTC()));
    }

    @AfterEach
    void close() {
        database.close();
    }

    private void append(TaskId task) {
        ports.events().append(new TaskEvent(task, TaskEventType.UPDATED, Instant.now(), Optional.empty(), "changed"));
    }

    @Test
    void givenAWriteStillOpenWhenALaterOneCommits_whenItCommits_thenTheFeedReportsItOnTheNextPoll() throws Exception {
        ChangeFeedUseCase.Position start = core.changeFeed().now();
        TaskId slow = TestIds.taskId();
        TaskId quick = TestIds.taskId();
        CountDownLatch inserted = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        CompletableFuture<Void> slowWrite = CompletableFuture.runAsync(() -> ports.unitOfWork().inTransaction(() -> {
            append(slow);
            inserted.countDown();
            try {
                release.await(10, TimeUnit.SECONDS);
            } catch (InterruptedException interrupted) {
                Thread.currentThread().interrupt();
            }
            return null;
        }));
        assertThat(inserted.await(10, TimeUnit.SECONDS)).isTrue();
        ports.unitOfWork().inTransaction(() -> {
            append(quick);
            return null;
        });

        ChangeFeedUseCase.Changes first = core.changeFeed().since(start);
        release.countDown();
        slowWrite.get(10, TimeUnit.SECONDS);
        ChangeFeedUseCase.Changes second = core.changeFeed().since(first.next());

        assertThat(first.tasks()).as("the later write, committed first").containsExactly(quick);
        assertThat(first.next().gaps()).as("the open write's position, watched").hasSize(1);
        assertThat(second.tasks()).as("the earlier write, committed last").containsExactly(slow);
        assertThat(second.next().gaps()).isEmpty();
        assertThat(core.changeFeed().since(second.next()).tasks()).isEmpty();
    }

    @Test
    void givenAWriteRolledBack_whenTheFeedIsPolled_thenItsPositionIsAGapThatNothingEverFills() {
        ChangeFeedUseCase.Position start = core.changeFeed().now();
        try {
            ports.unitOfWork().inTransaction(() -> {
                append(TestIds.taskId());
                throw new IllegalStateException("rolled back on purpose");
            });
        } catch (IllegalStateException expected) {
            // the write is gone; its position is not
        }
        TaskId kept = TestIds.taskId();
        ports.unitOfWork().inTransaction(() -> {
            append(kept);
            return null;
        });

        ChangeFeedUseCase.Changes changes = core.changeFeed().since(start);

        assertThat(changes.tasks()).containsExactly(kept);
        assertThat(changes.next().gaps()).hasSize(1);
        assertThat(core.changeFeed().since(changes.next()).tasks()).isEmpty();
    }
}

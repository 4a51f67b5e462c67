package dev.taskorchestrator.persistence;

import static dev.taskorchestrator.testkit.fixtures.TaskBuilder.aTask;
import static org.assertj.core.api.Assertions.assertThat;

import dev.taskorchestrator.domain.task.Task;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The row locks PostgreSQL needs (SQLite and the in-memory store serialise whole units of work
 * instead, so no shared contract can say this): a held lock makes another unit of work skip the
 * task when it only tries, and wait when it must have it.
 */
class PostgresRowLocksTest {

    private OrchestratorDatabase database;
    private Task task;

    @BeforeEach
    void open() {
        database = OrchestratorDatabase.open(TestDatabases.freshPostgres());
        task = aTask().build();
        database.tasks().add(task);
    }

    @AfterEach
    void close() {
        database.close();
    }

    @Test
    void givenATaskLockedByOneUnitOfWork_whenAnotherTriesOrWaits_thenItSkipsAtOnceOrWaitsForTheCommit()
            throws Exception {
        CountDownLatch locked = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        AtomicBoolean holderCommitted = new AtomicBoolean();
        CompletableFuture<Void> holder = CompletableFuture.runAsync(() -> database.unitOfWork().run(() -> {
            database.tasks().lockForUpdate(List.of(task.id()));
            locked.countDown();
            await(release);
            holderCommitted.set(true);
        }));
        assertThat(locked.await(30, TimeUnit.SECONDS)).isTrue();

        boolean tried = database.unitOfWork().inTransaction(() -> database.tasks().tryLockForUpdate(task.id()));
        CompletableFuture<Boolean> waiter = CompletableFuture.supplyAsync(() -> database.unitOfWork().inTransaction(() -> {
            database.tasks().lockForUpdate(List.of(task.id()));
            return holderCommitted.get();
        }));
        Thread.sleep(300);
        boolean waitedWhileHeld = !waiter.isDone();
        release.countDown();
        holder.get(30, TimeUnit.SECONDS);

        assertThat(tried).as("a held row is skipped, not waited for").isFalse();
        assertThat(waitedWhileHeld).as("lockForUpdate waits while the row is held").isTrue();
        assertThat(waiter.get(30, TimeUnit.SECONDS)).as("and gets it only after the holder is done").isTrue();
        assertThat(database.unitOfWork().inTransaction(() -> database.tasks().tryLockForUpdate(task.id()))).isTrue();
    }

    private static void await(CountDownLatch latch) {
        try {
            latch.await(30, TimeUnit.SECONDS);
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
        }
    }
}

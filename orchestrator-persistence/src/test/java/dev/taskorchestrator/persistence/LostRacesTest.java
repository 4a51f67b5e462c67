package dev.taskorchestrator.persistence;

import static dev.taskorchestrator.testkit.fixtures.TaskBuilder.aTask;
import static org.assertj.core.api.Assertions.assertThat;

import dev.taskorchestrator.domain.task.Task;
import dev.taskorchestrator.domain.task.TaskChanges;
import dev.taskorchestrator.domain.task.TaskId;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/**
 * Races between writers on real databases end inside the store: the loser's unit of work runs
 * again on what the winner committed, and nobody sees an error.
 */
class LostRacesTest {

    private static final Instant NOW = Instant.parse("2026-11-29T12:00:00Z");

    private static TaskChanges titled(String title) {
        return new TaskChanges(Optional.of(title), Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(),
                Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty());
    }

    private static TaskChanges described(String description) {
        return new TaskChanges(Optional.empty(), Optional.of(description), Optional.empty(), Optional.empty(),
                Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty());
    }

    private static void await(CountDownLatch latch) {
        try {
            latch.await(10, TimeUnit.SECONDS);
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
        }
    }

    @Test
    void givenTwoUnitsOfWorkLockingTwoTasksInOppositeOrders_whenTheyDeadlockOnPostgresql_thenBothCommit() throws Exception {
        try (OrchestratorDatabase database = OrchestratorDatabase.open(TestDatabases.freshPostgres())) {
            Task first = aTask().build();
            Task second = aTask().build();
            database.tasks().add(first);
            database.tasks().add(second);
            CountDownLatch firstHeld = new CountDownLatch(1);
            CountDownLatch secondHeld = new CountDownLatch(1);

            CompletableFuture<Task> one = CompletableFuture.supplyAsync(() -> database.unitOfWork().inTransaction(() ->
                    renameHolding(database, first.id(), second.id(), firstHeld, secondHeld, "by one")));
            CompletableFuture<Task> two = CompletableFuture.supplyAsync(() -> database.unitOfWork().inTransaction(() ->
                    renameHolding(database, second.id(), first.id(), secondHeld, firstHeld, "by two")));

            assertThat(one.get(60, TimeUnit.SECONDS).title()).isEqualTo("by one");
            assertThat(two.get(60, TimeUnit.SECONDS).title()).isEqualTo("by two");
            assertThat(database.racesLost()).as("the deadlock broken by PostgreSQL, run again").isPositive();
            assertThat(database.tasks().findById(first.id()).orElseThrow().version()).isEqualTo(first.version() + 2);
        }
    }

    /** Locks {@code mine}, waits until the other holds its own, then locks that one too and renames both. */
    private static Task renameHolding(OrchestratorDatabase database, TaskId mine, TaskId theirs, CountDownLatch iHold,
            CountDownLatch theyHold, String title) {
        database.tasks().lockForUpdate(List.of(mine));
        iHold.countDown();
        await(theyHold);
        database.tasks().lockForUpdate(List.of(theirs));
        Task renamed = database.tasks().update(database.tasks().findById(mine).orElseThrow().edit(titled(title), NOW));
        database.tasks().update(database.tasks().findById(theirs).orElseThrow().edit(titled(title), NOW));
        return renamed;
    }

    @Test
    void givenAUseCaseThatReadATaskAnotherWriterChangedSince_whenItWrites_thenItRunsAgainAndBothChangesAreKept()
            throws Exception {
        try (OrchestratorDatabase database = OrchestratorDatabase.open(TestDatabases.freshPostgres())) {
            Task task = aTask().withTitle("before").withDescription("before").build();
            database.tasks().add(task);
            CountDownLatch read = new CountDownLatch(1);
            CountDownLatch changed = new CountDownLatch(1);
            AtomicInteger runs = new AtomicInteger();

            CompletableFuture<Task> slow = CompletableFuture.supplyAsync(() -> database.unitOfWork().inTransaction(() -> {
                Task seen = database.tasks().findById(task.id()).orElseThrow();
                if (runs.incrementAndGet() == 1) {
                    read.countDown();
                    await(changed);
                }
                return database.tasks().update(seen.edit(titled("renamed by the slow one"), NOW));
            }));
            await(read);
            database.unitOfWork().run(() -> database.tasks().update(database.tasks().findById(task.id()).orElseThrow()
                    .edit(described("described by the quick one"), NOW)));
            changed.countDown();

            Task last = slow.get(60, TimeUnit.SECONDS);
            assertThat(runs).hasValue(2);
            assertThat(last.title()).isEqualTo("renamed by the slow one");
            assertThat(last.data().description()).as("no update lost").isEqualTo("described by the quick one");
            assertThat(last.version()).isEqualTo(task.version() + 2);
        }
    }

    @Test
    void givenAnotherConnectionHoldingSqlitesWriteLock_whenAWriterComes_thenItWaitsForTheLockAndCommits() throws Exception {
        DatabaseSettings settings = TestDatabases.freshSqlite();
        try (OrchestratorDatabase holder = OrchestratorDatabase.open(settings);
                OrchestratorDatabase waiter = OrchestratorDatabase.open(settings)) {
            Task held = aTask().build();
            Task waiting = aTask().build();
            CountDownLatch locked = new CountDownLatch(1);

            CompletableFuture<Void> holding = CompletableFuture.runAsync(() -> holder.unitOfWork().run(() -> {
                holder.tasks().add(held);
                locked.countDown();
                sleep(300);
            }));
            await(locked);
            waiter.tasks().add(waiting);
            holding.get(30, TimeUnit.SECONDS);

            assertThat(waiter.tasks().findById(held.id())).isPresent();
            assertThat(waiter.tasks().findById(waiting.id())).isPresent();
            assertThat(waiter.racesLost()).as("waited for the lock instead of failing").isZero();
        }
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
        }
    }
}

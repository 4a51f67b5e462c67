package dev.taskorchestrator.persistence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.taskorchestrator.domain.common.ErrorCode;
import dev.taskorchestrator.domain.common.OrchestratorException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.Test;

/** Writers of one SQLite file take turns, across threads and processes, and a stuck turn is reported, not waited on forever. */
class SqliteWriterQueueTest {

    private static final Duration SHORT_PATIENCE = Duration.ofMillis(300);

    @Test
    void givenAnotherThreadHoldingTheTurn_whenAWriterWaitsLongerThanItsPatience_thenUnavailableAndItsWorkNeverRuns()
            throws Exception {
        DatabaseSettings settings = TestDatabases.freshSqlite();
        OrchestratorDatabase.open(settings).close();
        SqliteWriterQueue queue = new SqliteWriterQueue(queueFile(settings), SHORT_PATIENCE);
        CountDownLatch holding = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        CompletableFuture<String> holder = CompletableFuture.supplyAsync(() -> queue.inTurn(() -> {
            holding.countDown();
            await(release);
            return "held";
        }));
        holding.await(10, TimeUnit.SECONDS);
        AtomicBoolean ran = new AtomicBoolean();

        OrchestratorException stuck = catchThrowableOfType(OrchestratorException.class,
                () -> queue.inTurn(() -> ran.getAndSet(true)));

        assertThat(stuck.code()).isEqualTo(ErrorCode.UNAVAILABLE);
        assertThat(stuck.getMessage()).contains("another writer of this process", "300 ms", "nothing was changed");
        assertThat(ran).isFalse();
        release.countDown();
        assertThat(holder.get(10, TimeUnit.SECONDS)).isEqualTo("held");
        assertThat(queue.inTurn(() -> "next")).isEqualTo("next");
    }

    @Test
    void givenAnotherProcessInAWrite_whenAWriterComes_thenItIsToldAfterItsPatienceOrServedWhenTheOtherEnds()
            throws Exception {
        DatabaseSettings settings = TestDatabases.freshSqlite();
        OrchestratorDatabase.open(settings).close();
        Workers.Worker other = Workers.start("hold-writes", settings.jdbcUrl());
        other.awaitLines("ready", 1, 120);
        SqliteWriterQueue queue = new SqliteWriterQueue(queueFile(settings), SHORT_PATIENCE);

        OrchestratorException stuck = catchThrowableOfType(OrchestratorException.class, () -> queue.inTurn(() -> "x"));
        assertThat(stuck.code()).isEqualTo(ErrorCode.UNAVAILABLE);
        assertThat(stuck.getMessage()).contains("another process");
        assertThat(Thread.currentThread().isInterrupted()).as("the alarm's interrupt is not left behind").isFalse();

        SqliteWriterQueue patient = new SqliteWriterQueue(queueFile(settings), Duration.ofSeconds(60));
        CompletableFuture<String> waiting = CompletableFuture.supplyAsync(() -> patient.inTurn(() -> "served"));
        Thread.sleep(200);
        assertThat(waiting).as("waits while the other process writes").isNotDone();
        other.send("go");
        assertThat(waiting.get(30, TimeUnit.SECONDS)).isEqualTo("served");
        other.awaitSuccess(60);
    }

    private static Path queueFile(DatabaseSettings settings) {
        Path database = settings.sqliteFile().orElseThrow();
        return database.resolveSibling(database.getFileName() + ".write-queue");
    }

    private static void await(CountDownLatch latch) {
        try {
            latch.await(30, TimeUnit.SECONDS);
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
        }
    }
}

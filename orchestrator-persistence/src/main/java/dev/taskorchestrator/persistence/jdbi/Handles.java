package dev.taskorchestrator.persistence.jdbi;

import dev.taskorchestrator.domain.common.ErrorCode;
import dev.taskorchestrator.domain.common.OrchestratorException;
import java.sql.SQLException;
import java.util.List;
import java.util.concurrent.atomic.LongAdder;
import java.util.function.Function;
import java.util.function.Supplier;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.JdbiException;

/**
 * The handle of the unit of work running on this thread, the one place where a unit of work that
 * lost a race is run again, and the one place where a database failure becomes an
 * {@link OrchestratorException}: a duplicate key is a CONFLICT, a database that cannot be reached
 * UNAVAILABLE, anything else INTERNAL. A lost race (deadlock, serialization failure, lock timeout,
 * SQLite busy, a foreign key or version that another writer changed under the unit of work) is
 * never the caller's doing: the whole unit of work is rolled back and run again in a fresh
 * transaction, up to {@link RetryPolicy#attempts()} times with jittered pauses, and only a store
 * that stays that busy is reported, as UNAVAILABLE. A call outside a unit of work runs on a handle
 * of its own, committed at once, under the same retries.
 */
public final class Handles {

    private final Jdbi jdbi;
    private final Dialect dialect;
    private final RetryPolicy retries;
    private final Writers writers;
    private final ThreadLocal<Handle> current = new ThreadLocal<>();
    private final LongAdder racesLost = new LongAdder();

    public Handles(Jdbi jdbi, Dialect dialect, RetryPolicy retries, Writers writers) {
        this.jdbi = jdbi;
        this.dialect = dialect;
        this.retries = retries;
        this.writers = writers;
    }

    public Dialect dialect() {
        return dialect;
    }

    /** How many units of work (or lone statements) lost a race and were run again, since this store opened. */
    public long racesLost() {
        return racesLost.sum();
    }

    /** Whether this thread is inside a unit of work, whose failures are retried as a whole. */
    boolean inUnitOfWork() {
        return current.get() != null;
    }

    <T> T inTransaction(Supplier<T> work) {
        if (current.get() != null) {
            return work.get();
        }
        return untilWon(() -> writers.inTurn(() -> inExplicitTransaction(dialect.beginSql(), work)));
    }

    /** A unit of work that only reads: one snapshot, and on SQLite no write lock, so it never waits for writers. */
    <T> T inReadTransaction(Supplier<T> work) {
        if (current.get() != null) {
            return work.get();
        }
        return untilWon(() -> inExplicitTransaction(dialect.beginReadSql(), work));
    }

    /**
     * BEGIN and COMMIT sent as statements on an auto-commit connection, so the dialect states the
     * isolation of each kind of unit of work in SQL. On SQLite this also matters for durability:
     * the driver's own transaction mode would begin the next transaction right after each commit,
     * so a commit that had succeeded could still fail while waiting for the write lock again, and
     * a claim that was made would be reported as lost.
     */
    private <T> T inExplicitTransaction(String begin, Supplier<T> work) {
        try {
            return jdbi.withHandle(handle -> {
                handle.execute(begin);
                current.set(handle);
                boolean committed = false;
                try {
                    T result = work.get();
                    handle.execute("COMMIT");
                    committed = true;
                    return result;
                } finally {
                    current.remove();
                    if (!committed) {
                        rollbackQuietly(handle);
                    }
                }
            });
        } catch (JdbiException failure) {
            throw translate(failure, "the transaction");
        }
    }

    /**
     * Runs {@code attempt} until it does not lose a race, within the policy's attempts; each
     * attempt is a fresh transaction (or statement), so it reads what the winner committed.
     */
    private <T> T untilWon(Supplier<T> attempt) {
        long started = System.nanoTime();
        for (int attempts = 1; ; attempts++) {
            try {
                return attempt.get();
            } catch (LostRace lost) {
                racesLost.increment();
                if (attempts >= retries.attempts()) {
                    throw stayedBusy(lost, attempts, started);
                }
                pause(retries.pauseBefore(attempts + 1));
            }
        }
    }

    private static OrchestratorException stayedBusy(LostRace lost, int attempts, long started) {
        long millis = (System.nanoTime() - started) / 1_000_000;
        OrchestratorException busy = new OrchestratorException(ErrorCode.UNAVAILABLE, "the database stayed busy with"
                + " other writers (" + attempts + " attempts in " + millis + " ms); nothing was changed, retry shortly");
        busy.initCause(lost);
        return busy;
    }

    private static void pause(java.time.Duration pause) {
        try {
            Thread.sleep(pause.toMillis(), pause.toNanosPart() % 1_000_000);
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
            throw new OrchestratorException(ErrorCode.UNAVAILABLE, "interrupted while waiting for other writers;"
                    + " nothing was changed, retry");
        }
    }

    /** A rollback after a failure must not hide that failure; SQLite may already have rolled back. */
    private static void rollbackQuietly(Handle handle) {
        try {
            handle.execute("ROLLBACK");
        } catch (JdbiException alreadyRolledBack) {
            // nothing left to undo
        }
    }

    /** Runs {@code work} on the current unit of work's handle, or on a handle of its own. */
    public <T> T with(Function<Handle, T> work) {
        Handle handle = current.get();
        if (handle != null) {
            return translated(() -> work.apply(handle));
        }
        return untilWon(() -> translated(() -> jdbi.withHandle(work::apply)));
    }

    private <T> T translated(Supplier<T> statement) {
        try {
            return statement.get();
        } catch (JdbiException failure) {
            throw translate(failure, "a statement");
        }
    }

    /**
     * The row a write expected changed before it was written. Inside a use case's unit of work
     * ({@code withinUseCase}) the use case read it a moment earlier: a lost race, run again; a lone
     * call made its request on stale data, its own conflict.
     */
    static RuntimeException staleRow(boolean withinUseCase, String message, String field) {
        return withinUseCase ? new LostRace(message, null)
                : new OrchestratorException(ErrorCode.CONFLICT, message, field, List.of());
    }

    /**
     * The driver's own words stay in the cause (for the log): what reaches a caller says what
     * happened and what to do, nothing of the database's internals.
     */
    RuntimeException translate(JdbiException failure, String what) {
        SQLException cause = sqlCause(failure);
        if (cause != null && (dialect.isForeignKeyViolation(cause) || dialect.isContention(cause))) {
            return new LostRace(what + ": " + firstLine(cause), failure);
        }
        OrchestratorException translated;
        if (cause != null && dialect.isUniqueViolation(cause)) {
            translated = new OrchestratorException(ErrorCode.CONFLICT, "it already exists; nothing was changed");
        } else if (cause != null && dialect.isUnavailable(cause)) {
            translated = new OrchestratorException(ErrorCode.UNAVAILABLE,
                    "the database cannot be reached right now, or another writer has held it locked for long;"
                            + " nothing was changed, retry shortly");
        } else {
            translated = OrchestratorException.internal("the database failed in " + what + ": "
                    + (cause != null ? firstLine(cause) : failure.getMessage()));
        }
        translated.initCause(failure);
        return translated;
    }

    boolean isUniqueViolation(JdbiException failure) {
        SQLException cause = sqlCause(failure);
        return cause != null && dialect.isUniqueViolation(cause);
    }

    private static SQLException sqlCause(Throwable failure) {
        for (Throwable step = failure; step != null; step = step.getCause()) {
            if (step instanceof SQLException sql) {
                return sql;
            }
        }
        return null;
    }

    private static String firstLine(SQLException cause) {
        String message = String.valueOf(cause.getMessage());
        int newline = message.indexOf('\n');
        return newline < 0 ? message : message.substring(0, newline);
    }
}

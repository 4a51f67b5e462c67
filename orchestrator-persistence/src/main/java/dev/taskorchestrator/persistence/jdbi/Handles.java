package dev.taskorchestrator.persistence.jdbi;

import dev.taskorchestrator.domain.common.ErrorCode;
import dev.taskorchestrator.domain.common.OrchestratorException;
import java.sql.SQLException;
import java.util.function.Function;
import java.util.function.Supplier;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.JdbiException;

/**
 * The handle of the unit of work running on this thread, and the one place where a database
 * failure becomes an {@link OrchestratorException}: a duplicate key is a CONFLICT, a missing
 * referenced row NOT_FOUND, a lost race (busy, deadlock) a retryable CONFLICT, anything else
 * INTERNAL. A call outside a unit of work runs on a handle of its own, committed at once.
 */
public final class Handles {

    private final Jdbi jdbi;
    private final Dialect dialect;
    private final ThreadLocal<Handle> current = new ThreadLocal<>();

    public Handles(Jdbi jdbi, Dialect dialect) {
        this.jdbi = jdbi;
        this.dialect = dialect;
    }

    public Dialect dialect() {
        return dialect;
    }

    <T> T inTransaction(Supplier<T> work) {
        if (current.get() != null) {
            return work.get();
        }
        if (!dialect.beginSql().isEmpty()) {
            return inExplicitTransaction(dialect.beginSql(), work);
        }
        try {
            return jdbi.inTransaction(handle -> {
                current.set(handle);
                try {
                    return work.get();
                } finally {
                    current.remove();
                }
            });
        } catch (JdbiException failure) {
            throw translate(failure, "the transaction");
        }
    }

    /**
     * SQLite: BEGIN IMMEDIATE and COMMIT sent as statements on an auto-commit connection. The
     * driver's own transaction mode would begin the next transaction right after each commit, so
     * a commit that had succeeded could still fail while waiting for the write lock again, and a
     * claim that was made would be reported as lost.
     */
    /** A unit of work that only reads: on SQLite it takes no write lock, so it never waits for writers. */
    <T> T inReadTransaction(Supplier<T> work) {
        if (current.get() != null || dialect.beginReadSql().isEmpty()) {
            return inTransaction(work);
        }
        return inExplicitTransaction(dialect.beginReadSql(), work);
    }

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
        try {
            return handle != null ? work.apply(handle) : jdbi.withHandle(work::apply);
        } catch (JdbiException failure) {
            throw translate(failure, "a statement");
        }
    }

    /**
     * The driver's own words stay in the cause (for the log): what reaches a caller says what
     * happened and what to do, nothing of the database's internals.
     */
    OrchestratorException translate(JdbiException failure, String what) {
        SQLException cause = sqlCause(failure);
        OrchestratorException translated;
        if (cause != null && dialect.isUniqueViolation(cause)) {
            translated = new OrchestratorException(ErrorCode.CONFLICT, "it already exists; nothing was changed");
        } else if (cause != null && (dialect.isForeignKeyViolation(cause) || dialect.isContention(cause))) {
            translated = new OrchestratorException(ErrorCode.CONFLICT,
                    "another writer changed related tasks at the same moment; nothing was changed, retry");
        } else if (cause != null && dialect.isUnavailable(cause)) {
            translated = new OrchestratorException(ErrorCode.UNAVAILABLE,
                    "the database cannot be reached right now; nothing was changed, retry shortly");
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

package dev.taskorchestrator.persistence.jdbi;

import java.sql.SQLException;
import java.util.List;
import org.jdbi.v3.core.statement.Query;

/**
 * What differs between SQLite and PostgreSQL, in one seam: a few SQL fragments, a few column
 * types, and how a driver error is recognised.
 */
public interface Dialect {

    /**
     * Where the Flyway scripts live on the classpath: the schema both dialects share, then this
     * dialect's own (each version is in one of the two, and every version exists for both).
     */
    String[] migrations();

    /** The column types that differ, as Flyway placeholders of the one schema script. */
    java.util.Map<String, String> schemaPlaceholders();

    /** The condition that a task's title or description contains {@code text}, as a search means it. */
    TextSearch.Condition textSearch(String text);

    /** SQL true when {@code column} is one of the values {@link #bindAnyOf} binds as {@code name}. */
    String anyOf(String column, String name);

    /** Binds the values of {@link #anyOf}. */
    Query bindAnyOf(Query query, String name, List<String> values);

    /** The statement that starts a unit of work that may write, at the isolation this database runs it at. */
    String beginSql();

    /** A statement that row-locks tasks {@code <ids>} until the transaction ends, or empty when writers are serial. */
    String lockTasksSql();

    /** A statement that row-locks task {@code :id} unless another transaction holds it, or empty when writers are serial. */
    String tryLockTaskSql();

    boolean isUniqueViolation(SQLException error);

    boolean isForeignKeyViolation(SQLException error);

    /** A transient failure of concurrency (busy, deadlock, serialization): the work may be retried. */
    boolean isContention(SQLException error);

    /** The database went away or refuses connections for now: nothing was done, try again later. */
    default boolean isUnavailable(SQLException error) {
        String state = String.valueOf(error.getSQLState());
        return state.startsWith("08") || state.equals("57P01") || state.equals("57P03") || state.equals("53300")
                || error instanceof java.sql.SQLTransientConnectionException;
    }

    /**
     * A statement that makes changes to the dependency graph one at a time across the whole
     * database (a transaction-scoped advisory lock), or empty when writers are serial anyway.
     */
    String graphLockSql();

    /** The statement that starts a unit of work that only reads: one snapshot for all its queries. */
    String beginReadSql();

    static Dialect sqlite() {
        return new SqliteDialect();
    }

    static Dialect postgresql() {
        return new PostgresDialect();
    }

    /** SQLite: writers are serialised by BEGIN IMMEDIATE, so locking rows is needless. */
    final class SqliteDialect implements Dialect {
        private static final int SQLITE_BUSY = 5;
        private static final int SQLITE_LOCKED = 6;
        private static final int SQLITE_BUSY_SNAPSHOT = 517;
        private static final int SQLITE_CONSTRAINT = 19;

        @Override
        public String[] migrations() {
            return new String[] {"classpath:db/migration/common", "classpath:db/migration/sqlite"};
        }

        @Override
        public java.util.Map<String, String> schemaPlaceholders() {
            return java.util.Map.of("integer", "INTEGER", "boolean", "INTEGER",
                    "sequence_key", "INTEGER PRIMARY KEY AUTOINCREMENT");
        }

        @Override
        public TextSearch.Condition textSearch(String text) {
            return TextSearch.sqlite(text);
        }

        @Override
        public String anyOf(String column, String name) {
            return column + " IN (<" + name + ">)";
        }

        @Override
        public Query bindAnyOf(Query query, String name, List<String> values) {
            return query.bindList(name, values);
        }

        /** The write lock is taken at the start, so read-then-write units of work are serial and never deadlock. */
        @Override
        public String beginSql() {
            return "BEGIN IMMEDIATE";
        }

        /** A reader takes no lock in WAL mode, so it never waits for a writer. */
        @Override
        public String beginReadSql() {
            return "BEGIN DEFERRED";
        }

        @Override
        public String graphLockSql() {
            return "";
        }

        @Override
        public String lockTasksSql() {
            return "";
        }

        @Override
        public String tryLockTaskSql() {
            return "";
        }


        @Override
        public boolean isUniqueViolation(SQLException error) {
            return primary(error) == SQLITE_CONSTRAINT && message(error).contains("UNIQUE")
                    || message(error).contains("PRIMARYKEY");
        }

        @Override
        public boolean isForeignKeyViolation(SQLException error) {
            return primary(error) == SQLITE_CONSTRAINT && message(error).contains("FOREIGN KEY");
        }

        /**
         * A snapshot that another writer overtook, or a table locked in a shared cache: run again. A
         * plain busy comes only after the busy handler waited its whole patience, from a writer
         * that is stuck: running again would only wait as long again, so it is unavailability.
         */
        @Override
        public boolean isContention(SQLException error) {
            return error.getErrorCode() == SQLITE_BUSY_SNAPSHOT || primary(error) == SQLITE_LOCKED;
        }

        @Override
        public boolean isUnavailable(SQLException error) {
            return primary(error) == SQLITE_BUSY && error.getErrorCode() != SQLITE_BUSY_SNAPSHOT
                    || Dialect.super.isUnavailable(error);
        }

        private static int primary(SQLException error) {
            return error.getErrorCode() & 0xff;
        }

        private static String message(SQLException error) {
            return String.valueOf(error.getMessage());
        }
    }

    /** PostgreSQL: SQLSTATE classes tell the kind of failure. */
    final class PostgresDialect implements Dialect {
        @Override
        public String[] migrations() {
            return new String[] {"classpath:db/migration/common", "classpath:db/migration/postgresql"};
        }

        @Override
        public java.util.Map<String, String> schemaPlaceholders() {
            return java.util.Map.of("integer", "BIGINT", "boolean", "BOOLEAN",
                    "sequence_key", "BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY");
        }

        @Override
        public TextSearch.Condition textSearch(String text) {
            return TextSearch.postgresql(text);
        }

        /**
         * One array parameter rather than a list of them: the statement's text, and so its prepared
         * plan, is the same whatever the number of values. Planning it afresh for each length cost
         * next-task 2.5 ms at 10,000 tasks (the tasks table has some 20 indexes to weigh).
         */
        @Override
        public String anyOf(String column, String name) {
            return column + " = ANY(:" + name + ")";
        }

        @Override
        public Query bindAnyOf(Query query, String name, List<String> values) {
            return query.bindArray(name, String.class, values);
        }

        /**
         * Read committed: every statement sees what was committed before it began, and every
         * decision that depends on rows another writer may change takes their row locks first
         * (FOR UPDATE, or SKIP LOCKED for claims), then reads them again. Updates also check the
         * version they read; a row changed in between is a lost race, and the unit of work runs
         * again. Serializable would refuse far more work that conflicts with nothing.
         */
        @Override
        public String beginSql() {
            return "BEGIN ISOLATION LEVEL READ COMMITTED";
        }

        /** A read-only snapshot: a tree or a status is read as of one moment, and never waits or fails. */
        @Override
        public String beginReadSql() {
            return "BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY";
        }

        /**
         * Two transactions adding A->B and B->A lock different rows and each checks the graph
         * without the other's edge; one lock for every change of the graph makes them take turns.
         */
        @Override
        public String graphLockSql() {
            return "SELECT pg_advisory_xact_lock(7213412026)";
        }

        @Override
        public String lockTasksSql() {
            return "SELECT id FROM tasks WHERE id IN (<ids>) ORDER BY id FOR UPDATE";
        }

        @Override
        public String tryLockTaskSql() {
            return "SELECT id FROM tasks WHERE id = :id FOR UPDATE SKIP LOCKED";
        }


        @Override
        public boolean isUniqueViolation(SQLException error) {
            return "23505".equals(error.getSQLState());
        }

        @Override
        public boolean isForeignKeyViolation(SQLException error) {
            return "23503".equals(error.getSQLState());
        }

        @Override
        public boolean isContention(SQLException error) {
            return "40001".equals(error.getSQLState()) || "40P01".equals(error.getSQLState())
                    || "55P03".equals(error.getSQLState());
        }
    }
}

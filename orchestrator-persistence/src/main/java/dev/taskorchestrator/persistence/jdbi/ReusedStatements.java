package dev.taskorchestrator.persistence.jdbi;

import java.sql.CallableStatement;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import org.jdbi.v3.core.statement.DefaultStatementBuilder;
import org.jdbi.v3.core.statement.StatementBuilder;
import org.jdbi.v3.core.statement.StatementBuilderFactory;
import org.jdbi.v3.core.statement.StatementContext;

/**
 * Keeps the prepared statements of each pooled SQLite connection for the next unit of work that
 * borrows it. Preparing was 40% of a next-task call (SQLite compiles every statement, and the
 * readiness queries are long), and the same few dozen statements run over and over. The
 * PostgreSQL driver keeps its own cache per connection, so this is for SQLite only.
 *
 * <p>Statements are prepared on the physical connection, not the pool's proxy, which would close
 * them when the connection goes back to the pool. A statement is handed out to one user at a time:
 * a query run again while its first run's rows are still being read gets a statement of its own.
 * Closing a kept statement clears its parameters; its rows were already closed, which resets it
 * in SQLite, so it holds no snapshot between units of work.
 */
public final class ReusedStatements implements StatementBuilderFactory {

    /** Far more than the distinct statements of a session's calls; the least recently used go first. */
    static final int PER_CONNECTION = 128;

    /** By physical connection; the statements hold their connection, so a weak map would keep them all the same. */
    private final Map<Connection, Kept> byConnection = new HashMap<>();

    @Override
    public synchronized StatementBuilder createStatementBuilder(Connection connection) {
        // The pool retires connections (after 30 minutes by default): their statements went with them.
        byConnection.keySet().removeIf(ReusedStatements::closed);
        Connection physical = physical(connection);
        return new Builder(byConnection.computeIfAbsent(physical, c -> new Kept()), physical);
    }

    /** How many connections have statements kept: the pool's live ones at most. */
    synchronized int connectionsKept() {
        return byConnection.size();
    }

    private static boolean closed(Connection connection) {
        try {
            return connection.isClosed();
        } catch (SQLException unknown) {
            return true;
        }
    }

    private static Connection physical(Connection connection) {
        try {
            return connection.isWrapperFor(org.sqlite.SQLiteConnection.class)
                    ? connection.unwrap(org.sqlite.SQLiteConnection.class) : connection;
        } catch (SQLException unwrappable) {
            return connection;
        }
    }

    /** One connection's statements, by SQL, least recently used first, and those handed out now. */
    private static final class Kept {
        private final Map<String, PreparedStatement> bySql = new LinkedHashMap<>(16, 0.75f, true) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<String, PreparedStatement> eldest) {
                if (size() <= PER_CONNECTION) {
                    return false;
                }
                if (!inUse.containsKey(eldest.getValue())) {
                    closeQuietly(eldest.getValue());
                }
                return true;
            }
        };
        /** The statements handed out now, with the SQL they were kept under (Jdbi closes them by its own text). */
        private final Map<Statement, String> inUse = new IdentityHashMap<>();
    }

    /** The builder of one handle; a connection serves one handle at a time, so its Kept needs no lock of its own. */
    private static final class Builder implements StatementBuilder {
        private final DefaultStatementBuilder fresh = new DefaultStatementBuilder();
        private final Kept kept;
        private final Connection physical;

        Builder(Kept kept, Connection physical) {
            this.kept = kept;
            this.physical = physical;
        }

        @Override
        public Statement create(Connection connection, StatementContext context) throws SQLException {
            return fresh.create(connection, context);
        }

        @Override
        public PreparedStatement create(Connection connection, String sql, StatementContext context)
                throws SQLException {
            if (context.isReturningGeneratedKeys() || context.isConcurrentUpdatable()) {
                return fresh.create(connection, sql, context);
            }
            PreparedStatement statement = kept.bySql.get(sql);
            if (statement != null && (statement.isClosed() || kept.inUse.containsKey(statement))) {
                if (statement.isClosed()) {
                    kept.bySql.remove(sql);
                }
                statement = null;
            }
            if (statement == null && !kept.bySql.containsKey(sql)) {
                statement = physical.prepareStatement(sql, ResultSet.TYPE_FORWARD_ONLY, ResultSet.CONCUR_READ_ONLY);
                kept.bySql.put(sql, statement);
            }
            if (statement == null) {
                // the kept one is being read by an outer use of the same query: this use gets its own
                return fresh.create(connection, sql, context);
            }
            kept.inUse.put(statement, sql);
            return statement;
        }

        @Override
        public CallableStatement createCall(Connection connection, String sql, StatementContext context)
                throws SQLException {
            return fresh.createCall(connection, sql, context);
        }

        @Override
        public void close(Connection connection, String unrenderedSql, Statement statement) throws SQLException {
            String sql = kept.inUse.remove(statement);
            if (sql == null) {
                statement.close();
                return;
            }
            if (kept.bySql.get(sql) != statement) {
                statement.close(); // pushed out of the cache while in use
                return;
            }
            try {
                ((PreparedStatement) statement).clearParameters();
                statement.clearBatch();
            } catch (SQLException unusable) {
                kept.bySql.remove(sql);
                closeQuietly(statement);
            }
        }
    }

    private static void closeQuietly(Statement statement) {
        try {
            statement.close();
        } catch (SQLException alreadyGone) {
            // a statement of a closed connection: nothing to release
        }
    }
}

package dev.taskorchestrator.persistence;

import dev.taskorchestrator.domain.common.OrchestratorException;
import dev.taskorchestrator.persistence.jdbi.Dialect;
import java.util.Arrays;
import java.util.List;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.FlywayException;
import org.flywaydb.core.api.MigrationInfo;
import org.flywaydb.core.api.MigrationState;

/**
 * Versioned schema migrations with Flyway, the same way at start-up and in tests. Flyway was
 * chosen because it is maintained, needs no runtime dependency of its own, and supports both
 * SQLite (in its core) and PostgreSQL (flyway-database-postgresql, with an advisory lock so that
 * several servers starting together migrate once). A database that a newer version has migrated
 * further is refused before anything is written.
 */
final class Migrations {

    /** Flyway's table of applied migrations: its presence marks a database as the orchestrator's. */
    static final String HISTORY_TABLE = "flyway_schema_history";
    /** The newest migration this version ships (a test holds it to the scripts). */
    static final int LATEST = 8;

    private Migrations() {
    }

    static int apply(DataSource dataSource, Dialect dialect, DatabaseSettings settings) {
        // A database already at this version's schema needs nothing of Flyway, whose start costs a
        // fifth of a second: every command line pays it, and most find nothing to do.
        if (appliedVersion(dataSource) == LATEST) {
            return LATEST;
        }
        Flyway flyway = Flyway.configure()
                .dataSource(dataSource)
                .locations(dialect.migrations())
                .placeholders(dialect.schemaPlaceholders())
                .loggers("slf4j")
                .cleanDisabled(true)
                .validateOnMigrate(true)
                .load();
        try {
            refuseForeignSchema(flyway, dataSource, settings);
            refuseNewerSchema(flyway, settings);
            // Migrating takes the write lock even when nothing is pending; busy writers of other
            // processes could starve it, so an up-to-date database is only read.
            if (flyway.info().pending().length > 0) {
                flyway.migrate();
            }
            MigrationInfo current = flyway.info().current();
            return current == null ? 0 : Integer.parseInt(current.getVersion().getVersion());
        } catch (FlywayException failure) {
            throw OrchestratorException.internal("the schema migration of " + settings.displayUrl() + " failed: "
                    + OrchestratorDatabase.rootMessage(failure));
        }
    }

    /**
     * The newest migration applied successfully, read with one query; 0 when the history table is
     * missing or unreadable, which sends the database through Flyway (that says what is wrong).
     */
    static int appliedVersion(DataSource dataSource) {
        try (java.sql.Connection connection = dataSource.getConnection();
                java.sql.Statement statement = connection.createStatement();
                java.sql.ResultSet newest = statement.executeQuery("SELECT MAX(CAST(version AS INTEGER)) FROM "
                        + HISTORY_TABLE + " WHERE success")) {
            return newest.next() ? newest.getInt(1) : 0;
        } catch (java.sql.SQLException noHistory) {
            return 0;
        }
    }

    /** A schema that already holds tables but no migration history belongs to someone else: it is left alone. */
    private static void refuseForeignSchema(Flyway flyway, DataSource dataSource, DatabaseSettings settings) {
        if (flyway.info().applied().length > 0) {
            return;
        }
        try (java.sql.Connection connection = dataSource.getConnection();
                java.sql.ResultSet tables = connection.getMetaData().getTables(null, connection.getSchema(), "%",
                        new String[] {"TABLE"})) {
            String other = null;
            while (tables.next()) {
                String name = tables.getString("TABLE_NAME");
                if (HISTORY_TABLE.equalsIgnoreCase(name)) {
                    // Another process is creating the schema (its history table exists, its first migration is
                    // not committed yet): Flyway's lock makes this one wait for it, then find nothing to do.
                    return;
                }
                other = other == null ? name : other;
            }
            if (other != null) {
                throw OrchestratorException.illegalState("db", "the database " + settings.displayUrl()
                        + " already holds other tables (" + other + ", ...) and none of the"
                        + " orchestrator's; give it an empty database or schema of its own. Nothing was changed.");
            }
        } catch (java.sql.SQLException unreadable) {
            throw OrchestratorException.internal("cannot list the tables of " + settings.displayUrl() + ": "
                    + unreadable.getMessage());
        }
    }

    private static void refuseNewerSchema(Flyway flyway, DatabaseSettings settings) {
        MigrationInfo[] all = flyway.info().all();
        List<MigrationInfo> future = Arrays.stream(all)
                .filter(info -> info.getState() == MigrationState.FUTURE_SUCCESS
                        || info.getState() == MigrationState.FUTURE_FAILED)
                .toList();
        if (!future.isEmpty()) {
            String newest = future.get(future.size() - 1).getVersion().getVersion();
            String known = Arrays.stream(all).filter(info -> info.getState() != MigrationState.FUTURE_SUCCESS
                    && info.getState() != MigrationState.FUTURE_FAILED && info.getVersion() != null)
                    .reduce((first, second) -> second).map(info -> info.getVersion().getVersion()).orElse("0");
            throw OrchestratorException.illegalState("db", "the database " + settings.displayUrl()
                    + " was written by a newer version of the orchestrator (schema " + newest + "; this version knows up to "
                    + known + "); upgrade the orchestrator to use it. The database was not changed.");
        }
    }
}

package dev.taskorchestrator.persistence;

import dev.taskorchestrator.testkit.StorePorts;
import dev.taskorchestrator.testkit.fixtures.EmbeddedPostgresSchemas;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Optional;

/**
 * Real databases for tests: a fresh SQLite file in a temporary folder, or a fresh schema in one
 * embedded PostgreSQL server started once per test JVM (a real server from a Maven artifact).
 */
final class TestDatabases {

    private TestDatabases() {
    }

    /** A schema no other test uses, on the embedded server the test JVM shares. */
    static DatabaseSettings freshPostgres() {
        return DatabaseSettings.fromUrl(EmbeddedPostgresSchemas.freshSchemaUrl(), Optional.empty(), Optional.empty());
    }

    static DatabaseSettings freshSqlite() {
        try {
            return DatabaseSettings.forWorkspace(Files.createTempDirectory("orchestrator-sqlite-"));
        } catch (IOException failure) {
            throw new UncheckedIOException(failure);
        }
    }

    static StorePorts ports(OrchestratorDatabase database) {
        return new StorePorts(database.tasks(), database.sessions(), database.artifacts(), database.events(),
                database.lifecycle(), database.requests(), database.unitOfWork());
    }

    static Path sqliteFile(DatabaseSettings settings) {
        return settings.sqliteFile().orElseThrow();
    }

    /**
     * PostgreSQL plans its queries on statistics that autovacuum gathers within a minute of a bulk
     * load; the benchmark gathers them at once rather than measure the minute before. SQLite's
     * planner needs none.
     */
    static void analyzed(DatabaseSettings settings) throws SQLException {
        if (settings.kind() == DatabaseSettings.Kind.POSTGRESQL) {
            try (Connection connection = DriverManager.getConnection(settings.jdbcUrl(), settings.user().orElse(null),
                    settings.password().orElse(null)); Statement statement = connection.createStatement()) {
                statement.execute("ANALYZE");
            }
        }
    }
}

package dev.taskorchestrator.persistence;

import dev.taskorchestrator.testkit.StorePorts;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Real databases for tests: a fresh SQLite file in a temporary folder, or a fresh schema in one
 * embedded PostgreSQL server started once per test JVM (a real server from a Maven artifact).
 */
final class TestDatabases {

    private static final AtomicInteger SCHEMAS = new AtomicInteger();
    private static EmbeddedPostgres postgres;

    private TestDatabases() {
    }

    static synchronized EmbeddedPostgres postgres() {
        if (postgres == null) {
            try {
                postgres = EmbeddedPostgres.builder().start();
            } catch (IOException failure) {
                throw new UncheckedIOException("cannot start the embedded PostgreSQL", failure);
            }
            Runtime.getRuntime().addShutdownHook(new Thread(() -> {
                try {
                    postgres.close();
                } catch (IOException ignored) {
                    // the JVM is going away; the server's folder is temporary
                }
            }));
        }
        return postgres;
    }

    /** A JDBC URL of a schema no other test uses, on the shared embedded server. */
    static DatabaseSettings freshPostgres() {
        String schema = "t" + SCHEMAS.incrementAndGet();
        try (Connection connection = postgres().getPostgresDatabase().getConnection();
                Statement statement = connection.createStatement()) {
            statement.execute("CREATE SCHEMA " + schema);
        } catch (SQLException failure) {
            throw new IllegalStateException("cannot create a test schema", failure);
        }
        return DatabaseSettings.fromUrl(postgres().getJdbcUrl("postgres", "postgres") + "&currentSchema=" + schema,
                Optional.empty(), Optional.empty());
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
                database.lifecycle(), database.unitOfWork());
    }

    static Path sqliteFile(DatabaseSettings settings) {
        return settings.sqliteFile().orElseThrow();
    }
}

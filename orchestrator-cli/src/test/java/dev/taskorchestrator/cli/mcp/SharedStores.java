package dev.taskorchestrator.cli.mcp;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The stores several server processes share in a test: the workspace's SQLite file, or a fresh
 * schema on one embedded PostgreSQL server started once per test JVM (a real server).
 */
final class SharedStores {

    private static final AtomicInteger SCHEMAS = new AtomicInteger();
    private static EmbeddedPostgres postgres;

    private SharedStores() {
    }

    /** The options that put a server on a fresh store of {@code kind}: none for the workspace's SQLite file. */
    static List<String> fresh(String kind) {
        if (kind.equals("sqlite")) {
            return List.of();
        }
        String schema = "shared_" + SCHEMAS.incrementAndGet();
        try (Connection connection = postgres().getPostgresDatabase().getConnection();
                Statement statement = connection.createStatement()) {
            statement.execute("CREATE SCHEMA " + schema);
        } catch (SQLException failure) {
            throw new IllegalStateException("cannot create a test schema", failure);
        }
        return List.of("--db", postgres().getJdbcUrl("postgres", "postgres") + "&currentSchema=" + schema);
    }

    private static synchronized EmbeddedPostgres postgres() {
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
}

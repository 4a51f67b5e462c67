package dev.taskorchestrator.cli.mcp;

import dev.taskorchestrator.testkit.fixtures.EmbeddedPostgresSchemas;
import java.util.List;

/**
 * The stores several server processes share in a test: the workspace's SQLite file, or a fresh
 * schema on the embedded PostgreSQL server of the test JVM (a real server).
 */
final class SharedStores {

    private SharedStores() {
    }

    /** The options that put a server on a fresh store of {@code kind}: none for the workspace's SQLite file. */
    static List<String> fresh(String kind) {
        return kind.equals("sqlite") ? List.of() : List.of("--db", EmbeddedPostgresSchemas.freshSchemaUrl());
    }
}

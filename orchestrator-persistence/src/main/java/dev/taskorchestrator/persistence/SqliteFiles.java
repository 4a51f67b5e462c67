package dev.taskorchestrator.persistence;

import dev.taskorchestrator.domain.common.OrchestratorException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Arrays;
import java.util.List;
import java.util.function.IntSupplier;

/** The checks and locks around a SQLite file that SQLite itself does not give a clear error for. */
final class SqliteFiles {

    private static final byte[] HEADER = "SQLite format 3\0".getBytes(StandardCharsets.US_ASCII);

    private SqliteFiles() {
    }

    /**
     * Makes sure the file's folder exists and can be written, and that an existing file is a SQLite
     * database, before anything is opened: a bad workspace or a stray file is reported, not damaged.
     */
    static void prepare(Path file) {
        Path folder = file.getParent();
        try {
            Files.createDirectories(folder);
        } catch (AccessDeniedException denied) {
            throw unwritable(folder, "permission denied");
        } catch (IOException failure) {
            throw unwritable(folder, failure.getClass().getSimpleName() + ": " + failure.getMessage());
        }
        if (!Files.isWritable(folder) || (Files.exists(file) && !Files.isWritable(file))) {
            throw unwritable(Files.exists(file) ? file : folder, "it is read-only");
        }
        if (Files.isDirectory(file)) {
            throw notADatabase(file, "it is a directory");
        }
        if (Files.exists(file)) {
            requireSqliteHeader(file);
            requireOrchestratorTables(file);
        }
    }

    /**
     * A SQLite file of another program is looked at read-only and refused: opening it for writing
     * would switch it to WAL and migrating would add our tables to it.
     */
    private static void requireOrchestratorTables(Path file) {
        org.sqlite.SQLiteConfig readOnly = new org.sqlite.SQLiteConfig();
        readOnly.setReadOnly(true);
        java.util.List<String> tables = new java.util.ArrayList<>();
        try (java.sql.Connection connection = readOnly.createConnection("jdbc:sqlite:" + file);
                java.sql.Statement statement = connection.createStatement();
                java.sql.ResultSet rows = statement.executeQuery(
                        "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY name")) {
            while (rows.next()) {
                tables.add(rows.getString(1));
            }
        } catch (java.sql.SQLException unreadable) {
            throw notADatabase(file, "it cannot be read as SQLite (" + unreadable.getMessage() + ")");
        }
        if (!tables.isEmpty() && !tables.contains(Migrations.HISTORY_TABLE)) {
            throw notADatabase(file, "it holds another program's tables (" + String.join(", ",
                    tables.subList(0, Math.min(5, tables.size()))) + ")");
        }
    }

    private static void requireSqliteHeader(Path file) {
        try (InputStream in = Files.newInputStream(file)) {
            byte[] start = in.readNBytes(HEADER.length);
            if (start.length > 0 && !Arrays.equals(start, HEADER)) {
                throw notADatabase(file, "it is not a SQLite database");
            }
        } catch (IOException failure) {
            throw unwritable(file, "it cannot be read: " + failure.getMessage());
        }
    }

    /**
     * Runs the migration holding an exclusive lock on a file beside the database, so that several
     * processes starting at once migrate one after the other (SQLite has no advisory lock of its own).
     */
    static int underMigrationLock(Path file, IntSupplier migration) {
        Path lockFile = file.resolveSibling(file.getFileName() + ".migration-lock");
        try (FileChannel channel = FileChannel.open(lockFile, StandardOpenOption.CREATE, StandardOpenOption.WRITE);
                FileLock lock = channel.lock()) {
            return migration.getAsInt();
        } catch (IOException failure) {
            throw unwritable(file.getParent(), "cannot lock it for the schema migration: " + failure.getMessage());
        }
    }

    private static OrchestratorException unwritable(Path where, String why) {
        return OrchestratorException.invalid("workspace", "cannot use " + where + ": " + why
                + "; pass a writable --workspace (or set ORCHESTRATOR_WORKSPACE)", List.of("a writable folder"));
    }

    private static OrchestratorException notADatabase(Path file, String why) {
        return OrchestratorException.invalid("db", file + " cannot hold the orchestrator's data: " + why
                + "; move it away or pass another --db. It was left untouched.", List.of("a SQLite database file"));
    }
}

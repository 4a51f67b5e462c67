package dev.taskorchestrator.persistence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.taskorchestrator.domain.common.ErrorCode;
import dev.taskorchestrator.domain.common.OrchestratorException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Every bad database is a one-line error naming the cause and the fix, and nothing on disk changes. */
class OpeningDatabasesTest {

    @TempDir
    Path folder;

    private static OrchestratorException refusal(DatabaseSettings settings) {
        return catchThrowableOfType(OrchestratorException.class, () -> OrchestratorDatabase.open(settings).close());
    }

    private static List<Path> files(Path root) throws Exception {
        try (Stream<Path> walk = Files.walk(root)) {
            return walk.sorted().toList();
        }
    }

    @Test
    void givenANewWorkspace_whenOpened_thenTheDatabaseFileIsCreatedAndMigrated() throws Exception {
        try (OrchestratorDatabase database = OrchestratorDatabase.open(DatabaseSettings.forWorkspace(folder))) {
            assertThat(database.schemaVersion()).isEqualTo(Migrations.LATEST);
            assertThat(database.integrityCheck()).isEqualTo("ok");
        }
        assertThat(folder.resolve(".task_orchestrator").resolve("orchestrator.db")).isRegularFile();
    }

    @Test
    void givenAWorkspaceThatIsAFile_whenOpened_thenTheErrorSaysToPassAWritableWorkspace() throws Exception {
        Path notAFolder = Files.writeString(folder.resolve("plain.txt"), "x");

        OrchestratorException error = refusal(DatabaseSettings.forWorkspace(notAFolder));

        assertThat(error.code()).isEqualTo(ErrorCode.INVALID_ARGUMENT);
        assertThat(error.field()).contains("workspace");
        assertThat(error.getMessage()).contains("plain.txt", "pass a writable --workspace").doesNotContain("\n");
        assertThat(Files.readString(notAFolder)).isEqualTo("x");
    }

    @Test
    void givenAFileThatIsNotADatabase_whenOpened_thenRefusedAndTheFileIsUntouched() throws Exception {
        Path file = folder.resolve("notes.db");
        Files.writeString(file, "these are my notes, not a database", StandardCharsets.UTF_8);
        List<Path> before = files(folder);

        OrchestratorException error = refusal(DatabaseSettings.sqliteFile(file));

        assertThat(error.field()).contains("db");
        assertThat(error.getMessage()).contains("not a SQLite database", "move it away or pass another --db")
                .doesNotContain("\n");
        assertThat(Files.readString(file)).isEqualTo("these are my notes, not a database");
        assertThat(files(folder)).isEqualTo(before);
    }

    @Test
    void givenAnotherProgramsSqliteDatabase_whenOpened_thenRefusedAndItsFilesStayAsTheyWere() throws Exception {
        Path file = folder.resolve("other.db");
        try (Connection connection = DriverManager.getConnection("jdbc:sqlite:" + file);
                Statement statement = connection.createStatement()) {
            statement.execute("CREATE TABLE invoices (id INTEGER PRIMARY KEY, amount INTEGER)");
        }
        byte[] before = Files.readAllBytes(file);
        List<Path> filesBefore = files(folder);

        OrchestratorException error = refusal(DatabaseSettings.sqliteFile(file));

        assertThat(error.field()).contains("db");
        assertThat(error.getMessage()).contains("another program's tables (invoices)", "pass another --db");
        assertThat(Files.readAllBytes(file)).isEqualTo(before);
        assertThat(files(folder)).isEqualTo(filesBefore);
    }

    @Test
    void givenAPostgresSchemaHoldingOtherTables_whenOpened_thenRefusedAndLeftAlone() throws Exception {
        DatabaseSettings settings = TestDatabases.freshPostgres();
        try (Connection connection = DriverManager.getConnection(settings.jdbcUrl());
                Statement statement = connection.createStatement()) {
            statement.execute("CREATE TABLE invoices (id INTEGER PRIMARY KEY)");

            OrchestratorException error = refusal(settings);

            assertThat(error.code()).isEqualTo(ErrorCode.ILLEGAL_STATE);
            assertThat(error.getMessage()).contains("already holds other tables (invoices", "Nothing was changed");
            try (ResultSet history = connection.getMetaData().getTables(null, connection.getSchema(), "flyway_schema_history", null)) {
                assertThat(history.next()).isFalse();
            }
        }
    }

    @Test
    void givenOneNewPostgresSchema_whenSeveralOpenItOneAfterAnother_thenEachOpensItWhileTheFirstMigrates()
            throws Exception {
        // Staggered, as processes started by hand or by a client are: a later one arrives while the first
        // has created Flyway's history table and is still applying its first migration.
        for (int round = 0; round < 3; round++) {
            DatabaseSettings settings = TestDatabases.freshPostgres();
            java.util.concurrent.ExecutorService openers = java.util.concurrent.Executors.newFixedThreadPool(8);
            java.util.concurrent.CountDownLatch start = new java.util.concurrent.CountDownLatch(1);
            List<java.util.concurrent.Future<Object>> opened = new java.util.ArrayList<>();
            for (int i = 0; i < 8; i++) {
                long delay = i * 25L;
                opened.add(openers.submit(() -> {
                    start.await();
                    Thread.sleep(delay);
                    OrchestratorDatabase.open(settings).close();
                    return null;
                }));
            }
            start.countDown();
            for (java.util.concurrent.Future<Object> each : opened) {
                each.get(60, java.util.concurrent.TimeUnit.SECONDS);
            }
            openers.shutdown();
            try (OrchestratorDatabase database = OrchestratorDatabase.open(settings)) {
                assertThat(database.schemaVersion()).isEqualTo(Migrations.LATEST);
            }
        }
    }

    @Test
    void givenASqliteDatabaseOfANewerVersion_whenOpened_thenRefusedAndNotAltered() throws Exception {
        DatabaseSettings settings = DatabaseSettings.forWorkspace(folder);
        OrchestratorDatabase.open(settings).close();
        try (Connection connection = DriverManager.getConnection(settings.jdbcUrl())) {
            plantNewerMigration(connection);
        }
        byte[] before = Files.readAllBytes(TestDatabases.sqliteFile(settings));

        OrchestratorException error = refusal(settings);

        assertNewerVersionRefused(error);
        assertThat(Files.readAllBytes(TestDatabases.sqliteFile(settings))).isEqualTo(before);
    }

    @Test
    void givenAPostgresDatabaseOfANewerVersion_whenOpened_thenRefusedAndNotAltered() throws Exception {
        DatabaseSettings settings = TestDatabases.freshPostgres();
        OrchestratorDatabase.open(settings).close();
        try (Connection connection = DriverManager.getConnection(settings.jdbcUrl())) {
            plantNewerMigration(connection);
            long before = historyRows(connection);

            OrchestratorException error = refusal(settings);

            assertNewerVersionRefused(error);
            assertThat(historyRows(connection)).isEqualTo(before);
        }
    }

    @Test
    void givenAPostgresServerThatCannotBeReached_whenOpened_thenUnavailableNamingTheUrlAndTheFix() {
        OrchestratorException error = refusal(DatabaseSettings.fromUrl(
                "jdbc:postgresql://127.0.0.1:1/orchestrator?user=me&password=secret", Optional.empty(), Optional.empty()));

        assertThat(error.code()).isEqualTo(ErrorCode.UNAVAILABLE);
        assertThat(error.field()).contains("db");
        assertThat(error.getMessage()).contains("127.0.0.1:1", "check that it is running").doesNotContain("secret", "\n");
    }

    @Test
    void givenAUrlOfAnotherKind_whenParsed_thenTheErrorListsWhatIsAccepted() {
        OrchestratorException error = catchThrowableOfType(OrchestratorException.class,
                () -> DatabaseSettings.fromUrl("jdbc:mysql://localhost/x", Optional.empty(), Optional.empty()));

        assertThat(error.allowed()).containsExactly("jdbc:postgresql://host:port/database", "jdbc:sqlite:/path/to/file.db");
    }

    private static void plantNewerMigration(Connection connection) throws Exception {
        try (Statement statement = connection.createStatement()) {
            statement.executeUpdate("INSERT INTO flyway_schema_history (installed_rank, version, description, type, script,"
                    + " checksum, installed_by, execution_time, success) VALUES (99, '99', 'from the future', 'SQL',"
                    + " 'V99__future.sql', 0, 'test', 0, true)");
        }
    }

    private static long historyRows(Connection connection) throws Exception {
        try (Statement statement = connection.createStatement();
                ResultSet rows = statement.executeQuery("SELECT COUNT(*) FROM flyway_schema_history")) {
            rows.next();
            return rows.getLong(1);
        }
    }

    private static void assertNewerVersionRefused(OrchestratorException error) {
        assertThat(error.code()).isEqualTo(ErrorCode.ILLEGAL_STATE);
        assertThat(error.getMessage()).contains("newer version of the orchestrator (schema 99; this version knows up to " + Migrations.LATEST + ")",
                "upgrade the orchestrator", "was not changed").doesNotContain("\n");
    }
}

package dev.taskorchestrator.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import dev.taskorchestrator.application.port.in.StartServerUseCase.StartReport;
import dev.taskorchestrator.application.port.out.TaskFilter;
import dev.taskorchestrator.application.port.out.RoleCatalog;
import dev.taskorchestrator.application.service.Orchestrator;
import dev.taskorchestrator.domain.reboot.LifecyclePhase;
import dev.taskorchestrator.domain.reboot.ServerInstance;
import dev.taskorchestrator.persistence.jdbi.Dialect;
import dev.taskorchestrator.testkit.fixtures.TestIds;
import dev.taskorchestrator.testkit.memory.InMemoryTemplateCatalog;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.time.Clock;
import java.util.Optional;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * A database written by the version before server instances: a server that did not stop cleanly
 * then is recovered by the first start of this version, just as it was before the upgrade.
 */
class UpgradingDatabasesTest {

    /** A new database migrated up to the given version only. */
    private static DatabaseSettings atVersion(boolean sqlite, String version) throws Exception {
        DatabaseSettings settings = sqlite ? TestDatabases.freshSqlite() : TestDatabases.freshPostgres();
        if (sqlite) {
            SqliteFiles.prepare(settings.sqliteFile().orElseThrow());
        }
        Dialect dialect = sqlite ? Dialect.sqlite() : Dialect.postgresql();
        Flyway.configure().dataSource(settings.jdbcUrl(), null, null).locations(dialect.migrations())
                .placeholders(dialect.schemaPlaceholders()).target(version).load().migrate();
        return settings;
    }

    /** The schema of the previous version, with its one lifecycle record per database. */
    private static DatabaseSettings atVersionTwo(boolean sqlite, String lastPhase) throws Exception {
        DatabaseSettings settings = atVersion(sqlite, "2");
        try (Connection connection = DriverManager.getConnection(settings.jdbcUrl());
                Statement statement = connection.createStatement()) {
            statement.execute("INSERT INTO lifecycle (phase, entered_at, restarts) VALUES ('preparing', 1000, 4)");
            statement.execute("INSERT INTO lifecycle (phase, entered_at, restarts) VALUES ('" + lastPhase
                    + "', 2000, 4)");
        }
        return settings;
    }

    @ParameterizedTest(name = "sqlite {0}")
    @ValueSource(booleans = {true, false})
    void givenAServerOfThePreviousVersionThatDied_whenThisVersionStarts_thenItIsRecoveredOnce(boolean sqlite)
            throws Exception {
        DatabaseSettings settings = atVersionTwo(sqlite, "running");

        try (OrchestratorDatabase database = OrchestratorDatabase.open(settings)) {
            assertThat(database.schemaVersion()).isEqualTo(Migrations.LATEST);
            Orchestrator orchestrator = Orchestrator.create(database.orchestratorPorts(RoleCatalog.builtIn(),
                    new InMemoryTemplateCatalog(), Clock.systemUTC()));
            StartReport report = orchestrator.startServer();

            assertThat(report.recovered()).extracting(instance -> instance.id().value()).containsExactly("srv_legacy0");
            ServerInstance legacy = database.lifecycle().find(report.recovered().get(0).id()).orElseThrow();
            assertThat(legacy.lifecycle().phase()).isEqualTo(LifecyclePhase.FAILED);
            assertThat(legacy.lifecycle().failedIn()).contains(LifecyclePhase.RUNNING);
            assertThat(database.lifecycle().find(report.instance()).orElseThrow().lifecycle().restarts())
                    .as("the restarts count on from the previous version's").isEqualTo(5);
            Orchestrator next = Orchestrator.create(database.orchestratorPorts(RoleCatalog.builtIn(),
                    new InMemoryTemplateCatalog(), Clock.systemUTC()));
            assertThat(next.startServer().recovered()).as("once: the next start finds nothing to recover").isEmpty();
        }
    }

    @ParameterizedTest(name = "sqlite {0}")
    @ValueSource(booleans = {true, false})
    void givenAServerOfThePreviousVersionThatStoppedCleanly_whenThisVersionStarts_thenNothingIsRecovered(
            boolean sqlite) throws Exception {
        DatabaseSettings settings = atVersionTwo(sqlite, "stopped");

        try (OrchestratorDatabase database = OrchestratorDatabase.open(settings)) {
            Orchestrator orchestrator = Orchestrator.create(database.orchestratorPorts(RoleCatalog.builtIn(),
                    new InMemoryTemplateCatalog(), Clock.systemUTC()));

            assertThat(orchestrator.startServer().recovered()).isEmpty();
            assertThat(database.lifecycle().instances(10)).hasSize(1);
        }
    }

    @ParameterizedTest(name = "sqlite {0}")
    @ValueSource(booleans = {true, false})
    void givenTasksStoredBeforeTheTextIndexes_whenThisVersionStarts_thenASearchFindsThem(boolean sqlite)
            throws Exception {
        DatabaseSettings settings = atVersion(sqlite, "6");
        String[] ids = {TestIds.taskId().value(), TestIds.taskId().value()};
        try (Connection connection = DriverManager.getConnection(settings.jdbcUrl());
                Statement statement = connection.createStatement()) {
            statement.execute(storedTask(ids[0], "Tune the Parser", "Faster.", sqlite));
            statement.execute(storedTask(ids[1], "Long", "x".repeat(5_000) + " parser at the end", sqlite));
        }

        try (OrchestratorDatabase database = OrchestratorDatabase.open(settings)) {
            assertThat(database.tasks().query(TaskFilter.any().withText("PARSER"), Optional.empty(), 10).tasks())
                    .extracting(task -> task.id().value()).containsExactlyInAnyOrder(ids);
        }
    }

    private static String storedTask(String id, String title, String description, boolean sqlite) {
        return "INSERT INTO tasks (id, title, description, task_type, status, specialist_type, complexity, priority,"
                + " context, auto_complete_parent, attempts, version, created_at, updated_at) VALUES ('" + id + "', '"
                + title + "', '" + description + "', 'implementation', 'pending', 'implementer', 'moderate', 2, '{}', "
                + (sqlite ? "0" : "FALSE") + ", 0, 1, 1000, 1000)";
    }
}

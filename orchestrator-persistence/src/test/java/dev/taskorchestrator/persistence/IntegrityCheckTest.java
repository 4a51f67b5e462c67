package dev.taskorchestrator.persistence;

import static dev.taskorchestrator.testkit.fixtures.TaskBuilder.aTask;
import static org.assertj.core.api.Assertions.assertThat;

import dev.taskorchestrator.domain.task.Task;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The full integrity check finds a count of unmet prerequisites that the dependencies contradict. */
class IntegrityCheckTest {

    @ParameterizedTest(name = "sqlite {0}")
    @ValueSource(booleans = {true, false})
    void givenACountOfUnmetPrerequisitesChangedBehindTheStore_whenChecked_thenItIsReported(boolean sqlite)
            throws Exception {
        DatabaseSettings settings = sqlite ? TestDatabases.freshSqlite() : TestDatabases.freshPostgres();
        try (OrchestratorDatabase database = OrchestratorDatabase.open(settings)) {
            Task prerequisite = aTask().build();
            database.tasks().add(prerequisite);
            Task waiting = aTask().dependingOn(prerequisite.id()).build();
            database.tasks().add(waiting);
            assertThat(database.integrityCheck()).isEqualTo("ok");

            try (Connection connection = DriverManager.getConnection(settings.jdbcUrl());
                    Statement statement = connection.createStatement()) {
                statement.execute("UPDATE tasks SET unmet_prerequisites = 0 WHERE id = '" + waiting.id().value() + "'");
            }

            assertThat(database.integrityCheck()).isEqualTo("1 tasks whose count of unmet prerequisites is wrong");
        }
    }
}

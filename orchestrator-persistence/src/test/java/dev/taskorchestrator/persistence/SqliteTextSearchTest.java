package dev.taskorchestrator.persistence;

import static dev.taskorchestrator.testkit.fixtures.TaskBuilder.aTask;
import static org.assertj.core.api.Assertions.assertThat;

import dev.taskorchestrator.application.port.out.TaskFilter;
import dev.taskorchestrator.domain.task.Task;
import dev.taskorchestrator.domain.task.TaskId;
import dev.taskorchestrator.persistence.jdbi.Dialect;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * SQLite answers a search from the FTS5 trigram index of migration V7 rather than reading every
 * task, and the index stays right when VACUUM renumbers the tasks' rowids.
 */
class SqliteTextSearchTest {

    private DatabaseSettings settings;
    private OrchestratorDatabase database;

    @BeforeEach
    void open() {
        settings = TestDatabases.freshSqlite();
        database = OrchestratorDatabase.open(settings);
    }

    @AfterEach
    void close() {
        database.close();
    }

    @Test
    void givenASearchOfThreeCharactersOrMore_whenPlanned_thenTheTrigramIndexFindsTheCandidates() throws Exception {
        try (Connection connection = DriverManager.getConnection(settings.jdbcUrl())) {
            for (String query : List.of(SearchPlans.PAGE, SearchPlans.COUNT)) {
                assertThat(SearchPlans.explain(connection, "EXPLAIN QUERY PLAN", query, Dialect.sqlite().textSearch("needle")))
                        .as(query).contains("VIRTUAL TABLE INDEX").contains("tasks_long_descriptions")
                        .contains("SEARCH t ").doesNotContainPattern("(?m)^SCAN t( |$)");
                assertThat(SearchPlans.explain(connection, "EXPLAIN QUERY PLAN", query, Dialect.sqlite().textSearch("ne")))
                        .as("two characters: no trigram to look up").doesNotContain("VIRTUAL TABLE");
            }
        }
    }

    @Test
    void givenTasksRemovedAndTheFileVacuumed_whenSearched_thenEveryTaskStillHoldingTheTextIsFound() throws Exception {
        List<TaskId> kept = new ArrayList<>();
        List<TaskId> removed = new ArrayList<>();
        for (int i = 0; i < 60; i++) {
            Task task = aTask().withTitle("Needle " + i).build();
            database.tasks().add(task);
            (i % 3 == 0 ? removed : kept).add(task.id());
        }
        database.tasks().remove(removed);
        try (Connection connection = DriverManager.getConnection(settings.jdbcUrl());
                Statement statement = connection.createStatement()) {
            statement.execute("VACUUM");
        }

        assertThat(database.tasks().query(TaskFilter.any().withText("needle"), Optional.empty(), 100).tasks())
                .extracting(Task::id).containsExactlyInAnyOrderElementsOf(kept);
    }
}

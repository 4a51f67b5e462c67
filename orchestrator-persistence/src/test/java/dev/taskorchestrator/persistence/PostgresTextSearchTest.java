package dev.taskorchestrator.persistence;

import static dev.taskorchestrator.testkit.fixtures.TaskBuilder.aTask;
import static org.assertj.core.api.Assertions.assertThat;

import dev.taskorchestrator.application.port.out.TaskFilter;
import dev.taskorchestrator.domain.task.Task;
import dev.taskorchestrator.persistence.jdbi.Dialect;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * PostgreSQL answers a search from the trigram indexes of migration V7 instead of reading every
 * task, in each orchestrator schema of a database (the extension is installed once, in the first).
 */
class PostgresTextSearchTest {

    private static final int TASKS = 300;

    @Test
    void givenTwoOrchestratorSchemasInOneDatabase_whenEachIsSearchedForARareWord_thenBothReadTheTrigramIndexes()
            throws Exception {
        for (int schema = 0; schema < 2; schema++) {
            DatabaseSettings settings = TestDatabases.freshPostgres();
            try (OrchestratorDatabase database = OrchestratorDatabase.open(settings)) {
                Task needle = aTask().withTitle("Find the Needle here").build();
                database.unitOfWork().run(() -> {
                    for (int i = 0; i < TASKS; i++) {
                        database.tasks().add(aTask().withTitle("Task " + i + " of the plan")
                                .withDescription("Parse invoice " + i + " and export the report").build());
                    }
                    database.tasks().add(needle);
                });

                assertThat(database.tasks().query(TaskFilter.any().withText("nEEDLE"), Optional.empty(), 10).tasks())
                        .extracting(Task::id).containsExactly(needle.id());
                assertThat(plan(settings, "needle")).as("schema %d", schema).contains("tasks_title_trigrams")
                        .contains("tasks_description_trigrams").contains("tasks_by_description_length")
                        .doesNotContain("Seq Scan");
            }
        }
    }

    /**
     * PostgreSQL's plan for counting the matches of the search's own condition, as the dialect writes it, for the given text.
     * Sequential scans are off: whether the indexes can answer the condition is what is asked here;
     * which plan is cheaper for a few hundred rows is the planner's business (the benchmark's).
     */
    private static String plan(DatabaseSettings settings, String text) throws Exception {
        try (Connection connection = DriverManager.getConnection(settings.jdbcUrl(), settings.user().orElse(null),
                settings.password().orElse(null)); Statement session = connection.createStatement()) {
            session.execute("SET enable_seqscan = off");
            return SearchPlans.explain(connection, "EXPLAIN", SearchPlans.COUNT, Dialect.postgresql().textSearch(text));
        }
    }
}

package dev.taskorchestrator.persistence.jdbi;

import static org.assertj.core.api.Assertions.assertThat;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.PreparedStatement;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Set;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.statement.StatementContext;
import org.jdbi.v3.core.statement.StatementCustomizer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.sqlite.SQLiteConfig;
import org.sqlite.SQLiteDataSource;

/**
 * Kept statements on one pooled SQLite connection: each use sees its own parameters, a query run
 * again while its first run is read gets a statement of its own, and a kept statement holds no
 * snapshot, so a later unit of work sees what another connection committed meanwhile.
 */
class ReusedStatementsTest {

    private SQLiteDataSource source;
    private HikariDataSource pool;
    private Jdbi jdbi;
    private Jdbi other;

    @BeforeEach
    void open() throws Exception {
        Path file = Files.createTempDirectory("reused-statements").resolve("test.db");
        SQLiteConfig config = new SQLiteConfig();
        config.setJournalMode(SQLiteConfig.JournalMode.WAL);
        source = new SQLiteDataSource(config);
        source.setUrl("jdbc:sqlite:" + file);
        HikariConfig hikari = new HikariConfig();
        hikari.setDataSource(source);
        hikari.setMaximumPoolSize(1);
        pool = new HikariDataSource(hikari);
        jdbi = Jdbi.create(pool);
        jdbi.setStatementBuilderFactory(new ReusedStatements());
        other = Jdbi.create(source);
        jdbi.useHandle(h -> {
            h.execute("CREATE TABLE items (id INTEGER PRIMARY KEY, parent INTEGER, name TEXT)");
            h.execute("INSERT INTO items VALUES (1, NULL, 'root'), (2, 1, 'a'), (3, 1, 'b'), (4, 2, 'a1')");
        });
    }

    @AfterEach
    void close() {
        pool.close();
    }

    private List<String> children(org.jdbi.v3.core.Handle handle, int parent) {
        return handle.createQuery("SELECT name FROM items WHERE parent = :parent ORDER BY id").bind("parent", parent)
                .mapTo(String.class).list();
    }

    private List<String> childrenNow(int parent) {
        return jdbi.withHandle(h -> children(h, parent));
    }

    @Test
    void givenTheSameQueryInSuccessiveUnitsOfWork_whenRun_thenEachSeesItsOwnParameters() {
        for (int round = 0; round < 3; round++) {
            assertThat(childrenNow(1)).containsExactly("a", "b");
            assertThat(childrenNow(2)).containsExactly("a1");
            assertThat(childrenNow(4)).isEmpty();
        }
    }

    @Test
    void givenTheSameQueryInSuccessiveUnitsOfWork_whenRun_thenOneStatementServesThemAll() {
        Set<Statement> used = Collections.newSetFromMap(new IdentityHashMap<>());
        for (int round = 0; round < 5; round++) {
            int parent = round % 2 + 1;
            jdbi.useHandle(h -> h.createQuery("SELECT name FROM items WHERE parent = :parent").bind("parent", parent)
                    .addCustomizer(new StatementCustomizer() {
                        @Override
                        public void beforeExecution(PreparedStatement statement, StatementContext context) {
                            used.add(statement);
                        }
                    }).mapTo(String.class).list());
        }

        assertThat(used).hasSize(1);
    }

    @Test
    void givenConnectionsThatWereClosed_whenTheNextHandleOpens_thenTheirStatementsAreForgotten() {
        ReusedStatements statements = new ReusedStatements();
        Jdbi unpooled = Jdbi.create(source); // a connection of its own per handle, closed with it: as the pool retires one
        unpooled.setStatementBuilderFactory(statements);

        for (int round = 0; round < 3; round++) {
            List<String> found = unpooled.withHandle(h -> children(h, 1));
            assertThat(found).containsExactly("a", "b");
        }

        assertThat(statements.connectionsKept()).isEqualTo(1);
    }

    @Test
    void givenAQueryBeingRead_whenTheSameQueryRunsInsideTheLoop_thenBothAreRight() {
        List<String> pairs = jdbi.withHandle(h -> {
            List<String> found = new ArrayList<>();
            try (var outer = h.createQuery("SELECT id FROM items WHERE parent = :parent ORDER BY id").bind("parent", 1)
                    .mapTo(Integer.class).iterator()) {
                outer.forEachRemaining(id -> found.add(id + ":" + h.createQuery(
                        "SELECT id FROM items WHERE parent = :parent ORDER BY id").bind("parent", id)
                        .mapTo(Integer.class).list()));
            }
            return found;
        });

        assertThat(pairs).containsExactly("2:[4]", "3:[]");
    }

    @Test
    void givenAKeptStatement_whenAnotherConnectionCommitsMeanwhile_thenTheNextUnitOfWorkSeesIt() {
        assertThat(childrenNow(1)).containsExactly("a", "b");
        // a query stopped after its first row must not keep its snapshot either
        String first = jdbi.withHandle(h -> h.createQuery("SELECT name FROM items WHERE parent = :parent ORDER BY id")
                .bind("parent", 1).mapTo(String.class).first());
        assertThat(first).isEqualTo("a");

        other.useHandle(h -> h.execute("INSERT INTO items VALUES (5, 1, 'c')"));

        assertThat(childrenNow(1)).containsExactly("a", "b", "c");
        List<String> all = jdbi.withHandle(h -> h.createQuery("SELECT name FROM items WHERE parent = :parent ORDER BY id")
                .bind("parent", 1).mapTo(String.class).list());
        assertThat(all).containsExactly("a", "b", "c");
    }

    @Test
    void givenAFailingStatement_whenRunAgain_thenItFailsAndOthersStillWork() {
        for (int round = 0; round < 2; round++) {
            assertThat(org.assertj.core.api.Assertions.catchThrowable(() -> jdbi.useHandle(h -> h.createUpdate(
                    "INSERT INTO items VALUES (:id, NULL, 'dup')").bind("id", 1).execute()))).isNotNull();
        }
        jdbi.useHandle(h -> h.createUpdate("INSERT INTO items VALUES (:id, NULL, 'new')").bind("id", 9).execute());
        int count = jdbi.withHandle(h -> h.createQuery("SELECT COUNT(*) FROM items").mapTo(Integer.class).one());
        assertThat(count).isEqualTo(5);
    }
}

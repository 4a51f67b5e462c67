package dev.taskorchestrator.persistence;

import dev.taskorchestrator.application.port.out.TemplateCatalog;
import dev.taskorchestrator.testkit.StorePorts;
import java.time.Clock;
import java.util.List;
import dev.taskorchestrator.testkit.contract.ArtifactStoreContract;
import dev.taskorchestrator.testkit.contract.EventLogContract;
import dev.taskorchestrator.testkit.contract.LifecycleStoreContract;
import dev.taskorchestrator.testkit.contract.SessionRepositoryContract;
import dev.taskorchestrator.testkit.contract.TaskRepositoryContract;
import dev.taskorchestrator.testkit.contract.TemplateCatalogContract;
import dev.taskorchestrator.testkit.contract.UnitOfWorkContract;
import org.junit.jupiter.api.Nested;

/** The testkit's contracts, unchanged, on PostgreSQL (embedded, real), a fresh schema per test. */
class PostgresContractsTest extends ContractsOnDatabases {

    @Override
    protected DatabaseSettings freshDatabase() {
        return TestDatabases.freshPostgres();
    }

    @Nested
    class Tasks extends TaskRepositoryContract {
        @Override
        protected StorePorts createStore() {
            return open();
        }
    }

    @Nested
    class Sessions extends SessionRepositoryContract {
        @Override
        protected StorePorts createStore() {
            return open();
        }
    }

    @Nested
    class Artifacts extends ArtifactStoreContract {
        @Override
        protected StorePorts createStore() {
            return open();
        }
    }

    @Nested
    class Events extends EventLogContract {
        @Override
        protected StorePorts createStore() {
            return open();
        }
    }

    @Nested
    class Lifecycle extends LifecycleStoreContract {
        @Override
        protected StorePorts createStore() {
            return open();
        }
    }

    @Nested
    class Templates extends TemplateCatalogContract {
        @Override
        protected TemplateCatalog createCatalog() {
            OrchestratorDatabase database = OrchestratorDatabase.open(freshDatabase());
            track(database);
            return database.templates(List.of(builtIn()), Clock.systemUTC());
        }
    }

    @Nested
    class Transactions extends UnitOfWorkContract {
        @Override
        protected StorePorts createStore() {
            return open();
        }
    }
}

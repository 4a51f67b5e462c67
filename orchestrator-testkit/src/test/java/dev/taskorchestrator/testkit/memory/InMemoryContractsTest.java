package dev.taskorchestrator.testkit.memory;

import dev.taskorchestrator.application.port.out.IdGenerator;
import dev.taskorchestrator.application.port.out.TemplateCatalog;
import dev.taskorchestrator.testkit.StorePorts;
import dev.taskorchestrator.testkit.contract.ArtifactStoreContract;
import dev.taskorchestrator.testkit.contract.EventLogContract;
import dev.taskorchestrator.testkit.contract.IdGeneratorContract;
import dev.taskorchestrator.testkit.contract.LifecycleStoreContract;
import dev.taskorchestrator.testkit.contract.RequestLogContract;
import dev.taskorchestrator.testkit.contract.SessionRepositoryContract;
import dev.taskorchestrator.testkit.contract.TaskRepositoryContract;
import dev.taskorchestrator.testkit.contract.TemplateCatalogContract;
import dev.taskorchestrator.testkit.contract.UnitOfWorkContract;
import dev.taskorchestrator.testkit.fixtures.TestIds;
import org.junit.jupiter.api.Nested;

/** The in-memory adapters pass the same contracts as the SQL ones; each nested class gets a fresh store. */
class InMemoryContractsTest {

    private static StorePorts fresh() {
        return new InMemoryStore().ports();
    }

    @Nested
    class Tasks extends TaskRepositoryContract {
        @Override
        protected StorePorts createStore() {
            return fresh();
        }
    }

    @Nested
    class Sessions extends SessionRepositoryContract {
        @Override
        protected StorePorts createStore() {
            return fresh();
        }
    }

    @Nested
    class Artifacts extends ArtifactStoreContract {
        @Override
        protected StorePorts createStore() {
            return fresh();
        }
    }

    @Nested
    class Requests extends RequestLogContract {
        @Override
        protected StorePorts createStore() {
            return fresh();
        }
    }

    @Nested
    class Events extends EventLogContract {
        @Override
        protected StorePorts createStore() {
            return fresh();
        }
    }

    @Nested
    class Lifecycle extends LifecycleStoreContract {
        @Override
        protected StorePorts createStore() {
            return fresh();
        }
    }

    @Nested
    class Transactions extends UnitOfWorkContract {
        @Override
        protected StorePorts createStore() {
            return fresh();
        }
    }

    @Nested
    class Templates extends TemplateCatalogContract {
        @Override
        protected TemplateCatalog createCatalog() {
            return new InMemoryTemplateCatalog(java.util.Map.of(BUILT_IN_ID, BUILT_IN_TEXT),
                    java.util.Map.of(EXAMPLE_ID, EXAMPLE_TEXT));
        }
    }

    @Nested
    class Ids extends IdGeneratorContract {
        @Override
        protected IdGenerator createGenerator() {
            return new TestIds();
        }
    }
}

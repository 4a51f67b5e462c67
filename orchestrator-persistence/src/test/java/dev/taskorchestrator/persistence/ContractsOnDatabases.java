package dev.taskorchestrator.persistence;

import dev.taskorchestrator.testkit.StorePorts;
import dev.taskorchestrator.testkit.contract.ArtifactStoreContract;
import dev.taskorchestrator.testkit.contract.EventLogContract;
import dev.taskorchestrator.testkit.contract.LifecycleStoreContract;
import dev.taskorchestrator.testkit.contract.RequestLogContract;
import dev.taskorchestrator.testkit.contract.SessionRepositoryContract;
import dev.taskorchestrator.testkit.contract.TaskRepositoryContract;
import dev.taskorchestrator.testkit.contract.UnitOfWorkContract;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Nested;

/**
 * The testkit's contracts, unchanged, on a real database: a subclass says which (a fresh one per
 * test) and inherits every contract as a public nested class. Each database is closed after its test.
 */
abstract class ContractsOnDatabases {

    private final List<OrchestratorDatabase> opened = new ArrayList<>();

    protected abstract DatabaseSettings freshDatabase();

    protected StorePorts open() {
        OrchestratorDatabase database = OrchestratorDatabase.open(freshDatabase());
        track(database);
        return TestDatabases.ports(database);
    }

    protected void track(OrchestratorDatabase database) {
        opened.add(database);
    }

    @AfterEach
    void closeDatabases() {
        opened.forEach(OrchestratorDatabase::close);
        opened.clear();
    }

    @Nested
    public class Tasks extends TaskRepositoryContract {
        @Override
        protected StorePorts createStore() {
            return open();
        }
    }

    @Nested
    public class Sessions extends SessionRepositoryContract {
        @Override
        protected StorePorts createStore() {
            return open();
        }
    }

    @Nested
    public class Artifacts extends ArtifactStoreContract {
        @Override
        protected StorePorts createStore() {
            return open();
        }
    }

    @Nested
    public class Requests extends RequestLogContract {
        @Override
        protected StorePorts createStore() {
            return open();
        }
    }

    @Nested
    public class Events extends EventLogContract {
        @Override
        protected StorePorts createStore() {
            return open();
        }
    }

    @Nested
    public class Lifecycle extends LifecycleStoreContract {
        @Override
        protected StorePorts createStore() {
            return open();
        }
    }

    @Nested
    public class Transactions extends UnitOfWorkContract {
        @Override
        protected StorePorts createStore() {
            return open();
        }
    }
}

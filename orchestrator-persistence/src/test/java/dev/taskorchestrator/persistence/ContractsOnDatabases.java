package dev.taskorchestrator.persistence;

import dev.taskorchestrator.testkit.StorePorts;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;

/** Opens a database per test for the contract classes, and closes every one after the test. */
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

}

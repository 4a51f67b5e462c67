package dev.taskorchestrator.testkit.memory;

import dev.taskorchestrator.application.port.out.UnitOfWork;
import java.util.function.Supplier;

/** Transactions on the in-memory database: serialised, with rollback on failure. */
public final class InMemoryUnitOfWork implements UnitOfWork {

    private final InMemoryDatabase database;

    public InMemoryUnitOfWork(InMemoryDatabase database) {
        this.database = database;
    }

    @Override
    public <T> T inTransaction(Supplier<T> work) {
        return database.transaction(work);
    }
}

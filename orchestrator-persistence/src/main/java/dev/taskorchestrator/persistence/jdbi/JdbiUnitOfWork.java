package dev.taskorchestrator.persistence.jdbi;

import dev.taskorchestrator.application.port.out.UnitOfWork;
import java.util.function.Supplier;

/** One database transaction per use case; a nested call joins the running one (Jdbi managed transactions). */
public final class JdbiUnitOfWork implements UnitOfWork {

    private final Handles handles;

    public JdbiUnitOfWork(Handles handles) {
        this.handles = handles;
    }

    @Override
    public <T> T inTransaction(Supplier<T> work) {
        return handles.inTransaction(work);
    }

    @Override
    public <T> T inReadTransaction(Supplier<T> work) {
        return handles.inReadTransaction(work);
    }
}

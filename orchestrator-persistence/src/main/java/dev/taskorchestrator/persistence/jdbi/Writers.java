package dev.taskorchestrator.persistence.jdbi;

import java.util.function.Supplier;

/**
 * When a unit of work that may write can begin: at once where the database locks rows (PostgreSQL),
 * or in turn where it has one write lock for the whole file (SQLite), so that writers queue for it
 * instead of polling it.
 */
public interface Writers {

    <T> T inTurn(Supplier<T> unitOfWork);

    /** Every writer begins at once; the database's row locks order them. */
    static Writers concurrent() {
        return new Writers() {
            @Override
            public <T> T inTurn(Supplier<T> unitOfWork) {
                return unitOfWork.get();
            }
        };
    }
}

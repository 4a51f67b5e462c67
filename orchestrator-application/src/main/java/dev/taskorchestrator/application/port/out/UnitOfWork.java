package dev.taskorchestrator.application.port.out;

import java.util.function.Supplier;

/**
 * One transaction around a use case: everything inside commits together or not at all. A call
 * inside a running unit of work joins it.
 *
 * <p>A store whose writers can lose races to each other (a deadlock, a serialization failure, a
 * busy lock, a row changed between a read and a write) rolls the whole unit of work back and runs
 * it again on fresh data, a bounded number of times; a caller never sees such a race, only a
 * conflict of its own request or, if the store stays that busy, UNAVAILABLE. The work may
 * therefore run more than once: it must act on the store only, never on the world outside it.
 */
public interface UnitOfWork {

    <T> T inTransaction(Supplier<T> work);

    /**
     * A unit of work that only reads. Stores may run it without taking a write lock (a reader then
     * never waits for a writer); by default it is an ordinary unit of work.
     */
    default <T> T inReadTransaction(Supplier<T> work) {
        return inTransaction(work);
    }

    default void run(Runnable work) {
        inTransaction(() -> {
            work.run();
            return null;
        });
    }
}

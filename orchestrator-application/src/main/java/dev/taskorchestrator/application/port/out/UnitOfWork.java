package dev.taskorchestrator.application.port.out;

import java.util.function.Supplier;

/**
 * One transaction around a use case: everything inside commits together or not at all. A call
 * inside a running unit of work joins it.
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

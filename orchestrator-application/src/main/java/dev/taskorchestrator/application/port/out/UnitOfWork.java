package dev.taskorchestrator.application.port.out;

import java.util.function.Supplier;

/**
 * One transaction around a use case: everything inside commits together or not at all. A call
 * inside a running unit of work joins it.
 */
public interface UnitOfWork {

    <T> T inTransaction(Supplier<T> work);

    default void run(Runnable work) {
        inTransaction(() -> {
            work.run();
            return null;
        });
    }
}

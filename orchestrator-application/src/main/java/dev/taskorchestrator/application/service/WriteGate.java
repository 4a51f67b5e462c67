package dev.taskorchestrator.application.service;

import dev.taskorchestrator.application.port.out.UnitOfWork;
import dev.taskorchestrator.domain.common.ErrorCode;
import dev.taskorchestrator.domain.common.OrchestratorException;
import java.time.Duration;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * DESIGN §3: in maintenance mode writes are refused with a retryable error and reads still work.
 * The gate closes when a shutdown enters maintenance and opens when the server runs again; every
 * use case but the lifecycle's own writes through {@link #guard}.
 */
final class WriteGate {

    /** A restart's phases take a second or two; a writer that waits this long usually finds the gate open. */
    static final Duration RETRY_AFTER = Duration.ofSeconds(2);

    private volatile Optional<String> closedFor = Optional.empty();

    void close(String why) {
        closedFor = Optional.of(why);
    }

    void open() {
        closedFor = Optional.empty();
    }

    boolean isOpen() {
        return closedFor.isEmpty();
    }

    private void requireOpen() {
        closedFor.ifPresent(why -> {
            throw new OrchestratorException(ErrorCode.UNAVAILABLE, "the server is in maintenance (" + why + "); "
                    + "writes are refused until it runs again, usually within a few seconds: retry then. Reads work.")
                    .retryAfter(RETRY_AFTER);
        });
    }

    /** A unit of work that refuses to write while the gate is closed; reads pass. */
    UnitOfWork guard(UnitOfWork inner) {
        return new UnitOfWork() {
            @Override
            public <T> T inTransaction(Supplier<T> work) {
                // Checked inside the transaction: a write that began before the gate closed still commits,
                // one that begins after is refused.
                return inner.inTransaction(() -> {
                    requireOpen();
                    return work.get();
                });
            }

            @Override
            public <T> T inReadTransaction(Supplier<T> work) {
                return inner.inReadTransaction(work);
            }
        };
    }
}

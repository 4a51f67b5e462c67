package dev.taskorchestrator.application.port.out;

/** What the store can say about itself, for the health check. */
public interface StoreHealth {

    /** The version of the schema the store is at (0 for a store without migrations). */
    int schemaVersion();

    /** A fast integrity check of the store: {@code "ok"}, or what is wrong. */
    String quickCheck();

    /** The thorough check, for a full audit; by default the fast one. */
    default String fullCheck() {
        return quickCheck();
    }
}

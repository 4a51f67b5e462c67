package dev.taskorchestrator.domain.common;

/**
 * The one list of failure kinds. Every adapter maps these codes once (MCP error body, CLI exit
 * status), so a new code is a deliberate, visible change.
 */
public enum ErrorCode {
    /** The input is malformed: a field is missing, too long, or not one of the allowed values. */
    INVALID_ARGUMENT(false),
    /** The named thing does not exist. */
    NOT_FOUND(false),
    /** The request is well-formed but the current state forbids it (e.g. an illegal status move). */
    ILLEGAL_STATE(false),
    /** Someone else changed the thing first (stale version, duplicate id); reload and retry. */
    CONFLICT(true),
    /** Adding the dependency would close a cycle. */
    DEPENDENCY_CYCLE(false),
    /** The task has prerequisites that are not completed yet. */
    NOT_READY(false),
    /** Another agent holds an unexpired claim on the task. */
    ALREADY_CLAIMED(true),
    /** Other tasks depend on this one; the operation needs {@code force}. */
    HAS_DEPENDENTS(false),
    /** The server is in maintenance or restarting; retry later. */
    UNAVAILABLE(true),
    /** A fault inside the orchestrator or its storage, not caused by the caller. */
    INTERNAL(false);

    private final boolean retryable;

    ErrorCode(boolean retryable) {
        this.retryable = retryable;
    }

    /** Whether the same request may succeed if simply sent again later. */
    public boolean retryable() {
        return retryable;
    }

    public String wireName() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }
}

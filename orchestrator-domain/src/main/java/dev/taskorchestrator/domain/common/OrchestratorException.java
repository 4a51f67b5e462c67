package dev.taskorchestrator.domain.common;

import java.time.Duration;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The single unchecked failure of the core. It carries what a caller needs to fix its request:
 * the code, a sentence for people, the offending field and, where the field is an enumeration,
 * the values it accepts.
 */
public final class OrchestratorException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final ErrorCode code;
    private final String field;
    private final List<String> allowed;
    private final Duration retryAfter;

    public OrchestratorException(ErrorCode code, String message, String field, List<String> allowed) {
        this(code, message, field, allowed, null);
    }

    private OrchestratorException(ErrorCode code, String message, String field, List<String> allowed,
            Duration retryAfter) {
        super(Objects.requireNonNull(message, "message"));
        this.code = Objects.requireNonNull(code, "code");
        this.field = field;
        this.allowed = allowed == null ? List.of() : List.copyOf(allowed);
        this.retryAfter = retryAfter;
    }

    public OrchestratorException(ErrorCode code, String message) {
        this(code, message, null, List.of());
    }

    public static OrchestratorException invalid(String field, String message, List<String> allowed) {
        return new OrchestratorException(ErrorCode.INVALID_ARGUMENT, message, field, allowed);
    }

    public static OrchestratorException invalid(String field, String message) {
        return invalid(field, message, List.of());
    }

    public static OrchestratorException notFound(String field, String what, String id) {
        return new OrchestratorException(ErrorCode.NOT_FOUND, what + " '" + id + "' does not exist", field, List.of());
    }

    public static OrchestratorException illegalState(String field, String message) {
        return new OrchestratorException(ErrorCode.ILLEGAL_STATE, message, field, List.of());
    }

    /** Stored data that breaks a structural invariant: never the caller's fault. */
    public static OrchestratorException internal(String message) {
        return new OrchestratorException(ErrorCode.INTERNAL, message);
    }

    /** The same failure with its field placed under {@code prefix}, e.g. {@code subtasks[2].} + {@code title}. */
    public OrchestratorException underField(String prefix) {
        String placed = field == null ? prefix.replaceAll("\\.$", "") : prefix + field;
        String message = field != null && getMessage().startsWith(field)
                ? placed + getMessage().substring(field.length())
                : getMessage();
        OrchestratorException moved = new OrchestratorException(code, message, placed, allowed, retryAfter);
        moved.setStackTrace(getStackTrace());
        return moved;
    }

    /**
     * The same failure, saying when a retry can succeed: a claim's lease ends then, or a restart
     * is expected done. Never less than a millisecond, so that a caller does not spin.
     */
    public OrchestratorException retryAfter(Duration wait) {
        Duration atLeast = wait.compareTo(Duration.ofMillis(1)) < 0 ? Duration.ofMillis(1) : wait;
        OrchestratorException timed = new OrchestratorException(code, getMessage(), field, allowed, atLeast);
        timed.setStackTrace(getStackTrace());
        return timed;
    }

    /** When a retry of a retryable failure can succeed, if known. */
    public Optional<Duration> retryAfter() {
        return Optional.ofNullable(retryAfter);
    }

    public ErrorCode code() {
        return code;
    }

    public Optional<String> field() {
        return Optional.ofNullable(field);
    }

    public List<String> allowed() {
        return allowed;
    }

    public boolean retryable() {
        return code.retryable();
    }
}

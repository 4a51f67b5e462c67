package dev.taskorchestrator.mcp;

import dev.taskorchestrator.domain.common.ErrorCode;
import dev.taskorchestrator.domain.common.OrchestratorException;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * The structured error an MCP client receives in a tool result with {@code isError: true}:
 * {@code {code, message, field, allowed, retryable, retry_after_ms}}. This is the one place the MCP adapter turns
 * a failure into a reply, so that no stack trace or internal detail ever reaches a client.
 */
public record ToolError(String code, String message, Optional<String> field, List<String> allowed, boolean retryable,
        Optional<Duration> retryAfter) {

    static final String INTERNAL_MESSAGE = "the orchestrator failed unexpectedly; the call changed nothing."
            + " Details are in the server's log.";

    public ToolError {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(message, "message");
        Objects.requireNonNull(field, "field");
        allowed = List.copyOf(allowed);
        Objects.requireNonNull(retryAfter, "retryAfter");
    }

    /**
     * Translates any failure of a tool call. Domain errors keep their code, message, field and
     * allowed values; anything else becomes a generic internal error whose details stay in the log.
     */
    public static ToolError from(Throwable failure) {
        if (failure instanceof OrchestratorException domain && domain.code() != ErrorCode.INTERNAL) {
            return new ToolError(domain.code().wireName(), domain.getMessage(), domain.field(), domain.allowed(),
                    domain.retryable(), domain.retryAfter());
        }
        return new ToolError(ErrorCode.INTERNAL.wireName(), INTERNAL_MESSAGE, Optional.empty(), List.of(), false,
                Optional.empty());
    }

    /** The structured content of an error result: {@code {code, message, field, allowed, retryable}}. */
    public Map<String, Object> structured() {
        Map<String, Object> error = new LinkedHashMap<>();
        error.put("code", code);
        error.put("message", message);
        field.ifPresent(name -> error.put("field", name));
        error.put("allowed", allowed);
        error.put("retryable", retryable);
        retryAfterMillis().ifPresent(millis -> error.put("retry_after_ms", millis));
        return error;
    }

    /** A one-line rendering for the text content that accompanies the structured error. */
    public String text() {
        StringBuilder line = new StringBuilder("error ").append(code).append(": ").append(message);
        if (!allowed.isEmpty()) {
            line.append(" (allowed: ").append(String.join(", ", allowed)).append(')');
        }
        if (retryable) {
            line.append(retryAfterMillis().map(millis -> " [retryable after " + millis + " ms]").orElse(" [retryable]"));
        }
        return line.toString();
    }

    /** Whole milliseconds, rounded up: a client that waits exactly this long must not come back early. */
    private Optional<Long> retryAfterMillis() {
        return retryAfter.map(wait -> (wait.toNanos() + 999_999) / 1_000_000);
    }
}

package dev.taskorchestrator.mcp.server;

import io.modelcontextprotocol.json.McpJsonMapper;
import io.modelcontextprotocol.json.TypeRef;
import io.modelcontextprotocol.spec.McpError;
import io.modelcontextprotocol.spec.McpSchema;
import java.io.IOException;
import java.lang.reflect.Type;
import java.util.Map;

/**
 * The SDK's JSON mapper, except that a request's {@code params} that do not fit the request's
 * shape are the client's fault: JSON-RPC's {@code -32602} naming what is wrong, not the
 * {@code -32603} internal error the SDK answers when the conversion throws (a model that sends a
 * tool's {@code arguments} as a string gets a message it can act on). The SDK converts every
 * request's params through its mapper, on every transport, so this is the one place to say it.
 */
final class ParamsCheckingJsonMapper implements McpJsonMapper {

    private final McpJsonMapper delegate;

    ParamsCheckingJsonMapper(McpJsonMapper delegate) {
        this.delegate = delegate;
    }

    @Override
    public <T> T convertValue(Object fromValue, Class<T> type) {
        try {
            return delegate.convertValue(fromValue, type);
        } catch (RuntimeException misfit) {
            throw invalid(fromValue, type, misfit);
        }
    }

    @Override
    public <T> T convertValue(Object fromValue, TypeRef<T> type) {
        try {
            return delegate.convertValue(fromValue, type);
        } catch (RuntimeException misfit) {
            throw invalid(fromValue, type.getType(), misfit);
        }
    }

    /** Only a request's params are the client's to get wrong; any other failed conversion stays ours. */
    private static RuntimeException invalid(Object fromValue, Type type, RuntimeException misfit) {
        if (!(type instanceof Class<?> target) || !McpSchema.Request.class.isAssignableFrom(target)) {
            return misfit;
        }
        String message;
        if (target == McpSchema.CallToolRequest.class && fromValue instanceof Map<?, ?> params
                && params.get("arguments") != null && !(params.get("arguments") instanceof Map)) {
            message = "arguments must be a JSON object of the tool's parameters, e.g. {\"task_id\": \"task_...\"};"
                    + " got " + kind(params.get("arguments"));
        } else if (!(fromValue instanceof Map)) {
            message = "params must be a JSON object; got " + kind(fromValue);
        } else {
            message = "params do not have the shape this method takes: a field holds the wrong kind of value";
        }
        McpError error = McpError.builder(McpSchema.ErrorCodes.INVALID_PARAMS).message(message).build();
        error.initCause(misfit);
        return error;
    }

    private static String kind(Object value) {
        if (value instanceof String) {
            return "a string";
        }
        if (value instanceof Number) {
            return "a number";
        }
        if (value instanceof Boolean) {
            return "a boolean";
        }
        if (value instanceof Iterable<?> || value != null && value.getClass().isArray()) {
            return "an array";
        }
        return value == null ? "null" : "another kind of value";
    }

    @Override
    public <T> T readValue(String content, Class<T> type) throws IOException {
        return delegate.readValue(content, type);
    }

    @Override
    public <T> T readValue(byte[] content, Class<T> type) throws IOException {
        return delegate.readValue(content, type);
    }

    @Override
    public <T> T readValue(String content, TypeRef<T> type) throws IOException {
        return delegate.readValue(content, type);
    }

    @Override
    public <T> T readValue(byte[] content, TypeRef<T> type) throws IOException {
        return delegate.readValue(content, type);
    }

    @Override
    public String writeValueAsString(Object value) throws IOException {
        return delegate.writeValueAsString(value);
    }

    @Override
    public byte[] writeValueAsBytes(Object value) throws IOException {
        return delegate.writeValueAsBytes(value);
    }
}

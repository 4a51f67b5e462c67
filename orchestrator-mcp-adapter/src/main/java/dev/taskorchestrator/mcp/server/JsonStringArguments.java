package dev.taskorchestrator.mcp.server;

import dev.taskorchestrator.wire.input.Param;
import dev.taskorchestrator.wire.input.ParamKind;
import dev.taskorchestrator.wire.input.ToolInput;
import io.modelcontextprotocol.json.McpJsonMapper;
import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Models often send an array or an object as a JSON string ({@code "subtasks": "[{...}]"}). Where
 * a parameter wants an array or an object and gets a string that reads as one, the string is read
 * as JSON first; anything else is left as it came, for the parameter's own check to refuse with
 * the field named. Only translation: what is accepted is what the schema says.
 */
final class JsonStringArguments {

    private static final Set<ParamKind> STRUCTURED = Set.of(ParamKind.OBJECT, ParamKind.OBJECT_LIST,
            ParamKind.TEXT_LIST, ParamKind.ENUM_LIST);

    private JsonStringArguments() {
    }

    static Map<String, Object> decoded(ToolInput input, Map<String, Object> raw, McpJsonMapper json) {
        if (raw == null) {
            return null;
        }
        Map<String, Object> decoded = null;
        for (Param param : input.params()) {
            if (STRUCTURED.contains(param.kind()) && raw.get(param.name()) instanceof String text) {
                Object read = read(text, param.kind() == ParamKind.OBJECT, json);
                if (read != null) {
                    decoded = decoded == null ? new LinkedHashMap<>(raw) : decoded;
                    decoded.put(param.name(), read);
                }
            }
        }
        return decoded == null ? raw : decoded;
    }

    /** The JSON value a string holds, if it is the kind wanted; null when it is not JSON of that kind. */
    private static Object read(String text, boolean object, McpJsonMapper json) {
        String trimmed = text.strip();
        if (!trimmed.startsWith(object ? "{" : "[")) {
            return null;
        }
        try {
            Object value = json.readValue(trimmed, Object.class);
            return object ? (value instanceof Map<?, ?> ? value : null) : (value instanceof List<?> ? value : null);
        } catch (IOException | RuntimeException notJson) {
            return null;
        }
    }
}

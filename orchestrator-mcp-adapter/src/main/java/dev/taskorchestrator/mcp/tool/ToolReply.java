package dev.taskorchestrator.mcp.tool;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A successful tool result: the structured content (which always ends with {@code next_steps}, the
 * hints that tell an agent which tool to call next) and a short text rendering of it for clients
 * and models that read only text.
 */
public record ToolReply(Map<String, Object> structured, String text) {

    public ToolReply {
        structured = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(structured));
    }

    public static Builder with(String key, Object value) {
        return new Builder().put(key, value);
    }

    /** A reply whose structured content is {@code document}, the published language's, plus the hints. */
    public static Builder of(Map<String, Object> document) {
        Builder builder = new Builder();
        document.forEach(builder::put);
        return builder;
    }

    /** Collects the fields in order; an empty {@code Optional} leaves its field out. */
    public static final class Builder {
        private final Map<String, Object> fields = new LinkedHashMap<>();
        private final List<String> nextSteps = new ArrayList<>();

        public Builder put(String key, Object value) {
            if (value instanceof Optional<?> optional) {
                optional.ifPresent(present -> fields.put(key, present));
            } else {
                fields.put(key, value);
            }
            return this;
        }

        public Builder next(String step) {
            nextSteps.add(step);
            return this;
        }

        public ToolReply text(String text) {
            Map<String, Object> structured = new LinkedHashMap<>(fields);
            structured.put("next_steps", List.copyOf(nextSteps));
            StringBuilder rendered = new StringBuilder(text);
            if (!nextSteps.isEmpty()) {
                rendered.append("\nNext: ").append(String.join(" | ", nextSteps));
            }
            return new ToolReply(structured, rendered.toString());
        }
    }
}

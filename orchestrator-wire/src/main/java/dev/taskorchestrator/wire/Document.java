package dev.taskorchestrator.wire;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;

/**
 * A JSON object of the published language, built field by field in the order a reader sees them.
 * An empty {@code Optional} (or {@code OptionalLong}) leaves its field out: absent values are never sent as null.
 */
public final class Document {

    private final Map<String, Object> fields = new LinkedHashMap<>();

    private Document() {
    }

    public static Document with(String key, Object value) {
        return new Document().put(key, value);
    }

    public Document put(String key, Object value) {
        if (value instanceof Optional<?> optional) {
            optional.ifPresent(present -> fields.put(key, present));
        } else if (value instanceof OptionalLong number) {
            number.ifPresent(present -> fields.put(key, present));
        } else {
            fields.put(key, value);
        }
        return this;
    }

    /** The fields in their order, as an unmodifiable map. */
    public Map<String, Object> map() {
        return Collections.unmodifiableMap(new LinkedHashMap<>(fields));
    }
}

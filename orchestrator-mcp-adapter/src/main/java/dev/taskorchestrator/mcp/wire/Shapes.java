package dev.taskorchestrator.mcp.wire;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Output schemas, kept shallow on purpose: the top-level fields with their JSON types and the ones
 * always present. They tell a client what it gets without tripling the size of {@code tools/list}.
 * Each also admits the structured error of a refused call ({@code code, message, field, allowed,
 * retryable}), so that a client checking every result against the schema, errors included, accepts
 * it: the second branch requires {@code code} and {@code message}, and as no schema forbids other
 * properties, the error's fields need no declaring (which would cost every tool 250 bytes).
 */
public final class Shapes {

    public static final String STRING = "string";
    public static final String INTEGER = "integer";
    public static final String BOOLEAN = "boolean";
    public static final String OBJECT = "object";
    public static final String ARRAY = "array";

    private Shapes() {
    }

    /**
     * An object schema from {@code name, type} pairs; a name ending in {@code ?} may be absent.
     * Every reply has {@code next_steps}, so it is added here once.
     */
    public static Map<String, Object> reply(String... namesAndTypes) {
        Map<String, Object> properties = new LinkedHashMap<>();
        List<String> required = new ArrayList<>();
        for (int i = 0; i < namesAndTypes.length; i += 2) {
            String name = namesAndTypes[i];
            boolean optional = name.endsWith("?");
            String bare = optional ? name.substring(0, name.length() - 1) : name;
            properties.put(bare, Map.of("type", namesAndTypes[i + 1]));
            if (!optional) {
                required.add(bare);
            }
        }
        // Declared as an array only: its strings' type would cost every tool 27 more bytes of tools/list.
        properties.put("next_steps", Map.of("type", ARRAY));
        required.add("next_steps");
        Map<String, Object> schema = new LinkedHashMap<>();
        schema.put("type", OBJECT);
        schema.put("properties", properties);
        schema.put("anyOf", List.of(Map.of("required", required), Map.of("required", List.of("code", "message"))));
        return schema;
    }
}

package dev.taskorchestrator.mcp.wire;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Output schemas, kept shallow on purpose: the top-level fields with their JSON types. They tell a
 * client what it gets without tripling the size of {@code tools/list}. None lists required fields:
 * a refused call's structured error ({@code code, message, field, allowed, retryable}) must pass
 * the same schema for a client that checks every result, and saying which fields a success always
 * has cost every tool 110 bytes that the replies' own documentation says better.
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
     * An object schema from {@code name, type} pairs; a name may end in {@code ?}, as a reminder
     * that a reply may leave it out. Every reply has {@code next_steps}, so it is added here once.
     */
    public static Map<String, Object> reply(String... namesAndTypes) {
        Map<String, Object> properties = new LinkedHashMap<>();
        for (int i = 0; i < namesAndTypes.length; i += 2) {
            String name = namesAndTypes[i];
            String bare = name.endsWith("?") ? name.substring(0, name.length() - 1) : name;
            properties.put(bare, Map.of("type", namesAndTypes[i + 1]));
        }
        // Declared as an array only: its strings' type would cost every tool 27 more bytes of tools/list.
        properties.put("next_steps", Map.of("type", ARRAY));
        Map<String, Object> schema = new LinkedHashMap<>();
        schema.put("type", OBJECT);
        schema.put("properties", properties);
        return schema;
    }
}

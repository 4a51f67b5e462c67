package dev.taskorchestrator.wire.input;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * One input parameter of a tool, declared once: it yields both the JSON Schema a client sees and
 * the check a call's arguments must pass, so the two can never disagree.
 *
 * @param allowed the values of an enum (and of an enum list's items); empty otherwise
 * @param min the least value of an integer, or the least length of a text
 * @param max the greatest value of an integer, the greatest length of a text, or the most items of a list
 * @param definition the name of the object definition a list of objects holds
 */
public record Param(String name, ParamKind kind, String description, boolean required, List<String> allowed, long min,
        long max, String definition) {

    public Param {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(description, "description");
        allowed = List.copyOf(allowed);
        Objects.requireNonNull(definition, "definition");
    }

    public static Param text(String name, int maxLength, String description) {
        return new Param(name, ParamKind.TEXT, description, false, List.of(), 0, maxLength, "");
    }

    public static Param integer(String name, long min, long max, String description) {
        return new Param(name, ParamKind.INTEGER, description, false, List.of(), min, max, "");
    }

    public static Param flag(String name, String description) {
        return new Param(name, ParamKind.BOOLEAN, description, false, List.of(), 0, 0, "");
    }

    public static Param object(String name, String description) {
        return new Param(name, ParamKind.OBJECT, description, false, List.of(), 0, 0, "");
    }

    public static Param texts(String name, int maxItems, String description) {
        return new Param(name, ParamKind.TEXT_LIST, description, false, List.of(), 0, maxItems, "");
    }

    public static Param oneOf(String name, List<String> allowed, String description) {
        return new Param(name, ParamKind.ENUM, description, false, allowed, 0, 0, "");
    }

    public static Param anyOf(String name, List<String> allowed, String description) {
        return new Param(name, ParamKind.ENUM_LIST, description, false, allowed, 0, 0, "");
    }

    public static Param objects(String name, String definition, int maxItems, String description) {
        return new Param(name, ParamKind.OBJECT_LIST, description, false, List.of(), 0, maxItems, definition);
    }

    /** The same parameter without its description: for a nested copy whose fields the top level already explains. */
    public Param undescribed() {
        return new Param(name, kind, "", required, allowed, min, max, definition);
    }

    public Param asRequired() {
        return new Param(name, kind, description, true, allowed, min, max, definition);
    }

    /** This parameter's JSON Schema. */
    Map<String, Object> schema() {
        Map<String, Object> schema = new LinkedHashMap<>();
        switch (kind) {
            case TEXT -> {
                schema.put("type", "string");
                if (max > 0) {
                    schema.put("maxLength", max);
                }
            }
            case INTEGER -> {
                schema.put("type", "integer");
                schema.put("minimum", min);
                schema.put("maximum", max);
            }
            case BOOLEAN -> schema.put("type", "boolean");
            case OBJECT -> schema.put("type", "object");
            case TEXT_LIST -> {
                schema.put("type", "array");
                schema.put("items", Map.of("type", "string"));
                schema.put("maxItems", max);
            }
            case ENUM -> {
                schema.put("type", "string");
                schema.put("enum", allowed);
            }
            case ENUM_LIST -> {
                schema.put("type", "array");
                schema.put("items", Map.of("type", "string", "enum", allowed));
            }
            case OBJECT_LIST -> {
                schema.put("type", "array");
                schema.put("items", Map.of("$ref", "#/$defs/" + definition));
                schema.put("maxItems", max);
            }
        }
        if (!description.isEmpty()) {
            schema.put("description", description);
        }
        return schema;
    }
}

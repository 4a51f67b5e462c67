package dev.taskorchestrator.wire.input;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Everything a tool accepts: its parameters and the object definitions its lists of objects refer
 * to (a plan's subtasks hold subtasks, so a definition may refer to itself).
 */
public record ToolInput(List<Param> params, Map<String, List<Param>> definitions) {

    public ToolInput {
        params = List.copyOf(params);
        definitions = Map.copyOf(definitions);
        for (Param param : params) {
            if (param.kind() == ParamKind.OBJECT_LIST) {
                Objects.requireNonNull(definitions.get(param.definition()), "no definition " + param.definition());
            }
        }
    }

    public static ToolInput of(Param... params) {
        return new ToolInput(List.of(params), Map.of());
    }

    /** The same input with one more parameter. */
    public ToolInput with(Param extra) {
        List<Param> more = new java.util.ArrayList<>(params);
        more.add(extra);
        return new ToolInput(more, definitions);
    }

    public static ToolInput none() {
        return new ToolInput(List.of(), Map.of());
    }

    /** The input schema a client sees: required fields, no others allowed, every enum spelled out. */
    public Map<String, Object> jsonSchema() {
        Map<String, Object> schema = objectSchema(params);
        if (!definitions.isEmpty()) {
            Map<String, Object> defs = new LinkedHashMap<>();
            definitions.forEach((name, fields) -> defs.put(name, objectSchema(fields)));
            schema.put("$defs", defs);
        }
        return schema;
    }

    /** Checks a call's arguments against the parameters; the first fault is an error naming its field. */
    public Arguments parse(Map<String, Object> raw) {
        return Arguments.checked(this, params, raw == null ? Map.of() : raw, "");
    }

    private static Map<String, Object> objectSchema(List<Param> fields) {
        Map<String, Object> properties = new LinkedHashMap<>();
        fields.forEach(field -> properties.put(field.name(), field.schema()));
        Map<String, Object> schema = new LinkedHashMap<>();
        schema.put("type", "object");
        schema.put("properties", properties);
        List<String> required = fields.stream().filter(Param::required).map(Param::name).toList();
        if (!required.isEmpty()) {
            schema.put("required", required);
        }
        schema.put("additionalProperties", false);
        return schema;
    }
}

package dev.taskorchestrator.cli.mcp;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigInteger;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;

/**
 * Tool calls built from each tool's own input schema and then broken in one to three places:
 * a wrong JSON type, a missing required field, an unknown field, an integer out of range, a value
 * outside an enum, an odd string or id, too many or too deeply nested items. A few calls send
 * arguments that are not an object, or none, and a few are left valid. Everything the fuzzer does
 * not break is valid against the planted {@link Fixtures}, so a refusal is about the mutation.
 * The same seed gives the same calls, so a failing run can be replayed.
 */
final class ToolFuzzer {

    /** One call: its wire line, what was broken, and the paths of the fields it touched. */
    record Call(long id, String tool, String line, String mutations, List<String> fields) {
    }

    /** Real things on the server, for the fields the fuzzer leaves valid. */
    record Fixtures(Path workspace, String sessionId, List<String> taskIds, String templateId, String templateContent,
            Map<String, Object> templateParameters) {
    }

    /** What a mutation did, for the report, and which field it did it to. */
    private record Mutation(String description, String field) {
    }

    /** A property of an object in the arguments, present or not, where a mutation can land. */
    private record Slot(Map<String, Object> owner, Map<String, Object> ownerSchema, String key, String path) {

        Map<String, Object> schema() {
            return map(map(ownerSchema.get("properties")).get(key));
        }

        boolean required() {
            return ownerSchema.get("required") instanceof List<?> required && required.contains(key);
        }
    }

    /** Optional fields with no value that is valid out of context: only ever sent as a mutation. */
    private static final Set<String> NO_VALID_VALUE = Set.of("cursor", "remove_dependencies");

    private static final List<String> NOT_OBJECTS = List.of("\"a string\"", "\"{}\"", "42", "-1.5", "true", "null",
            "[]", "[1,2,3]", "[{\"title\":\"x\"}]");

    private static final List<Object> ODD_STRINGS = List.of("", " ", "\t\n ", "x".repeat(10_001),
            "🚀 émoji ✓ 漢字 👨‍👩‍👧", "nul\u0000byte\u0001\u001f\u007f", "'; DROP TABLE tasks; --", "\" OR 1=1 --",
            "../../etc/passwd", "/etc/passwd", "C:\\Windows\\system32", "[1,2", "{}", "{\"a\":", "null", "true",
            "1e309",
            "\u202Eevil", "%s%n%x", "${jndi:ldap://x}", "<script>alert(1)</script>", "line\r\nbreak",
            "{\"metadata\":[],\"parameters\":7}", "{\"tasks\":[{\"title\":5,\"dependencies\":\"x\"}]}");

    private static final List<Object> ODD_IDS = List.of("task_", "task_zzzzzzzzzzzz", "session_x", "session_",
            "task_" + "a".repeat(300), "session_" + "9".repeat(300), "TASK_1", " task_x ", "task_../../etc",
            "task_%00", "task_😀", "srv_1", "template_");

    private static final List<Object> ODD_INTEGERS = List.of(-1, -2_147_483_649L, Long.MIN_VALUE, 1e30,
            BigInteger.ONE.shiftLeft(63), BigInteger.ONE.shiftLeft(64), 1.5, -0.5, 1e-9, 2_147_483_648L);

    private static final List<Object> BAD_ENUMS = List.of("", "not_a_value", "PENDING", "Medium", " low",
            "high\u0000", "all;", "e".repeat(10_001), "🙂");

    private final Random random;
    private final List<Map<String, Object>> tools;
    private final Fixtures fixtures;

    ToolFuzzer(Random random, List<Map<String, Object>> tools, Fixtures fixtures) {
        this.random = random;
        this.tools = tools;
        this.fixtures = fixtures;
    }

    /** The next call, numbered {@code id}. */
    Call next(long id) {
        Map<String, Object> tool = pick(tools);
        String name = (String) tool.get("name");
        Map<String, Object> schema = map(tool.get("inputSchema"));
        int roll = random.nextInt(100);
        if (roll < 4) {
            String arguments = pick(NOT_OBJECTS);
            return new Call(id, name, line(id, name, arguments), "arguments " + arguments, List.of("arguments"));
        }
        if (roll < 6) {
            return new Call(id, name, line(id, name, null), "arguments absent", List.of());
        }
        Map<String, Object> arguments = validObject(schema, schema, 0);
        if (roll < 14) {
            return new Call(id, name, line(id, name, json(arguments)), "valid", List.of());
        }
        List<String> described = new ArrayList<>();
        List<String> fields = new ArrayList<>();
        int count = random.nextInt(4) == 0 ? 2 + random.nextInt(2) : 1;
        for (int i = 0; i < count; i++) {
            Mutation mutation = mutate(schema, arguments);
            described.add(mutation.description());
            fields.add(mutation.field());
        }
        return new Call(id, name, line(id, name, json(arguments)), String.join("; ", described), fields);
    }

    private static String line(long id, String tool, String arguments) {
        String params = "{\"name\":\"" + tool + "\"" + (arguments == null ? "" : ",\"arguments\":" + arguments) + "}";
        return "{\"jsonrpc\":\"2.0\",\"id\":" + id + ",\"method\":\"tools/call\",\"params\":" + params + "}";
    }

    // --- valid values, so that only the mutation is wrong -------------------------------------

    /** Every required property and about half the optional ones, each valid. */
    private Map<String, Object> validObject(Map<String, Object> schema, Map<String, Object> root, int depth) {
        Map<String, Object> object = new LinkedHashMap<>();
        Object required = schema.getOrDefault("required", List.of());
        map(schema.getOrDefault("properties", Map.of())).forEach((key, property) -> {
            if (((List<?>) required).contains(key) || !NO_VALID_VALUE.contains(key) && random.nextInt(5) < 2) {
                object.put(key, valid(key, resolve(map(property), root), root, depth));
            }
        });
        return object;
    }

    private Object valid(String key, Map<String, Object> schema, Map<String, Object> root, int depth) {
        if (schema.get("enum") instanceof List<?> values) {
            return pick(values);
        }
        return switch (String.valueOf(schema.get("type"))) {
            case "integer" -> validInteger(schema);
            case "boolean" -> random.nextBoolean();
            case "array" -> validArray(key, schema, root, depth);
            case "object" -> validObjectValue(key, schema, root, depth);
            default -> validString(key);
        };
    }

    private Object validInteger(Map<String, Object> schema) {
        long minimum = schema.get("minimum") instanceof Number low ? low.longValue() : 0;
        long maximum = schema.get("maximum") instanceof Number high ? high.longValue() : minimum + 100;
        return minimum + random.nextInt((int) Math.min(maximum - minimum, 100) + 1);
    }

    private List<Object> validArray(String key, Map<String, Object> schema, Map<String, Object> root, int depth) {
        Map<String, Object> items = resolve(map(schema.getOrDefault("items", Map.of())), root);
        List<Object> values = new ArrayList<>();
        // Nested objects (subtasks) only one level down: deep trees are a mutation of their own.
        int count = "object".equals(items.get("type")) && depth > 0 ? 0 : 1 + random.nextInt(2);
        for (int i = 0; i < count; i++) {
            values.add("object".equals(items.get("type")) ? validObject(items, root, depth + 1)
                    : valid(singular(key), items, root, depth));
        }
        return values;
    }

    private Object validObjectValue(String key, Map<String, Object> schema, Map<String, Object> root, int depth) {
        if (key.equals("parameters")) {
            return new LinkedHashMap<>(fixtures.templateParameters());
        }
        return schema.containsKey("properties") ? validObject(schema, root, depth + 1)
                : new LinkedHashMap<>(Map.of("ticket", 42, "note", "fuzz"));
    }

    /** A string that is right for a field of that name, from the planted fixtures where it is an id. */
    private Object validString(String key) {
        if (key.endsWith("task_id") || key.equals("dependency")) {
            return pick(fixtures.taskIds());
        }
        return switch (key) {
            case "session_id" -> fixtures.sessionId();
            case "template_id" -> fixtures.templateId();
            case "template_content" -> fixtures.templateContent();
            case "working_directory" -> fixtures.workspace().toString();
            case "file_path" -> "src/Main.java";
            case "due_date", "created_before" -> "2030-01-31";
            case "created_after" -> "2020-01-31";
            case "key" -> "k" + random.nextInt(1_000);
            default -> "fuzz " + key + " " + random.nextInt(1_000);
        };
    }

    /** The name an item of an array field gets, so that item values can be chosen like fields. */
    private static String singular(String key) {
        if (key.endsWith("dependencies")) {
            return "dependency";
        }
        return key.endsWith("s") ? key.substring(0, key.length() - 1) : key;
    }

    // --- mutations ------------------------------------------------------------------------------

    private Mutation mutate(Map<String, Object> schema, Map<String, Object> arguments) {
        List<Slot> slots = slots(arguments, schema, schema, "");
        if (slots.isEmpty()) {
            return unknownField(arguments, "");
        }
        Slot slot = pick(slots);
        Map<String, Object> property = resolve(slot.schema(), schema);
        List<String> kinds = kinds(slot, property);
        return switch (pick(kinds)) {
            case "missing" -> {
                slot.owner().remove(slot.key());
                yield new Mutation(slot.path() + ": required, left out", slot.path());
            }
            case "unknown" -> unknownField(slot.owner(), prefix(slot.path()));
            case "range" -> put(slot, outOfRange(property), "out of range");
            case "enum" -> badEnum(slot, property);
            case "string" -> put(slot, pick(ODD_STRINGS), "odd string");
            case "id" -> oddId(slot, property);
            case "many" -> tooMany(slot, property, schema);
            // Below 245 levels: JSON nested deeper than 500 is refused as a parse error, with no id to check.
            case "deep" -> put(slot, List.of(deepTree(20 + random.nextInt(220))), "deep tree");
            case "inside" -> inside(slot);
            default -> put(slot, wrongType(property), "wrong type");
        };
    }

    /** The mutations that make sense for a property of this schema. */
    private static List<String> kinds(Slot slot, Map<String, Object> property) {
        List<String> kinds = new ArrayList<>(List.of("type", "type", "unknown"));
        Object type = property.get("type");
        Map<String, Object> items = map(property.getOrDefault("items", Map.of()));
        if (slot.required()) {
            kinds.add("missing");
        }
        if ("integer".equals(type)) {
            kinds.addAll(List.of("range", "range"));
        }
        if (property.containsKey("enum") || items.containsKey("enum")) {
            kinds.addAll(List.of("enum", "enum"));
        } else if ("string".equals(type) || "string".equals(items.get("type"))) {
            kinds.addAll(List.of("string", "string"));
        }
        if (slot.key().endsWith("_id") || slot.key().endsWith("dependencies")) {
            kinds.addAll(List.of("id", "id"));
        }
        if (property.containsKey("maxItems")) {
            kinds.add("many");
        }
        if ("object".equals(type) && !property.containsKey("properties")
                && slot.owner().get(slot.key()) instanceof Map<?, ?>) {
            kinds.addAll(List.of("inside", "inside"));
        }
        if (slot.key().equals("subtasks")) {
            kinds.add("deep");
        }
        return kinds;
    }

    /** The top-level properties, and those of each object in an array of objects (subtasks[0].title). */
    private static List<Slot> slots(Map<String, Object> object, Map<String, Object> schema, Map<String, Object> root,
            String prefix) {
        List<Slot> slots = new ArrayList<>();
        map(schema.getOrDefault("properties", Map.of())).forEach((key, property) -> {
            slots.add(new Slot(object, schema, key, prefix + key));
            Map<String, Object> items = resolve(map(map(property).getOrDefault("items", Map.of())), root);
            if (object.get(key) instanceof List<?> list && "object".equals(items.get("type"))) {
                for (int i = 0; i < list.size(); i++) {
                    if (list.get(i) instanceof Map<?, ?> each) {
                        slots.addAll(slots(map(each), items, root, prefix + key + "[" + i + "]."));
                    }
                }
            }
        });
        return slots;
    }

    private Mutation put(Slot slot, Object value, String what) {
        slot.owner().put(slot.key(), value);
        return new Mutation(slot.path() + ": " + what + " " + brief(value), slot.path());
    }

    private Mutation unknownField(Map<String, Object> owner, String prefix) {
        String key = pick(List.of("fuzz_extra", "taskId", "TITLE", "__proto__", "", " ", "title ", "a.b"));
        owner.put(key, pick(List.of("x", 1, true, Map.of(), List.of())));
        return new Mutation(prefix + "'" + key + "': unknown field", prefix + key);
    }

    /**
     * An odd value inside a free-form object (a template's parameters, a task's context): the
     * schema says nothing there, so whatever reads it must check for itself.
     */
    private Mutation inside(Slot slot) {
        Map<String, Object> object = map(slot.owner().get(slot.key()));
        List<String> keys = new ArrayList<>(object.keySet());
        keys.add("fuzz_inner");
        String key = pick(keys);
        Object value = switch (random.nextInt(3)) {
            case 0 -> pick(ODD_STRINGS);
            case 1 -> pick(ODD_INTEGERS);
            default -> wrongType(Map.of()); // a schema without a type: any type at all
        };
        object.put(key, value);
        return new Mutation(slot.path() + "." + key + ": odd value inside " + brief(value), slot.path() + "." + key);
    }

    /** A value of a JSON type the schema does not allow; null among them, as "present but empty". */
    private Object wrongType(Map<String, Object> property) {
        String type = String.valueOf(property.get("type"));
        List<Object> others = new ArrayList<>(List.of(42, 1.5, true, "text", new LinkedHashMap<>(Map.of("a", 1)),
                List.of("a", 1)));
        others.add(null);
        others.removeIf(value -> switch (type) {
            case "string" -> value instanceof String;
            case "integer" -> value instanceof Integer;
            case "boolean" -> value instanceof Boolean;
            case "array" -> value instanceof List;
            case "object" -> value instanceof Map;
            default -> false;
        });
        return pick(others);
    }

    /** Just past the schema's own bounds, or far past any: negative, 1e30, 2^63, a fraction. */
    private Object outOfRange(Map<String, Object> property) {
        return switch (random.nextInt(3)) {
            case 0 -> property.get("minimum") instanceof Number low ? low.longValue() - 1 : pick(ODD_INTEGERS);
            case 1 -> property.get("maximum") instanceof Number high && high.longValue() < Long.MAX_VALUE
                    ? high.longValue() + 1 : pick(ODD_INTEGERS);
            default -> pick(ODD_INTEGERS);
        };
    }

    private Mutation badEnum(Slot slot, Map<String, Object> property) {
        Object bad = pick(BAD_ENUMS);
        if ("array".equals(property.get("type"))) {
            Object good = pick((List<?>) map(property.get("items")).get("enum"));
            return put(slot, random.nextBoolean() ? List.of(good, bad) : List.of(bad), "bad enum");
        }
        return put(slot, bad, "bad enum");
    }

    private Mutation oddId(Slot slot, Map<String, Object> property) {
        Object id = pick(ODD_IDS);
        return put(slot, "array".equals(property.get("type")) ? List.of(pick(fixtures.taskIds()), id) : id, "odd id");
    }

    /** One more item than maxItems allows, each valid on its own. */
    private Mutation tooMany(Slot slot, Map<String, Object> property, Map<String, Object> root) {
        int count = ((Number) property.get("maxItems")).intValue() + 1;
        Map<String, Object> items = resolve(map(property.getOrDefault("items", Map.of())), root);
        List<Object> values = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            values.add("object".equals(items.get("type")) ? new LinkedHashMap<>(Map.of("title", "many " + i))
                    : valid(singular(slot.key()), items, root, 1));
        }
        return put(slot, values, "too many items");
    }

    /** A chain of subtasks {@code depth} levels deep: twice as many levels of JSON nesting. */
    private static Map<String, Object> deepTree(int depth) {
        Map<String, Object> node = new LinkedHashMap<>(Map.of("title", "deep " + depth));
        for (int level = depth - 1; level >= 0; level--) {
            node = new LinkedHashMap<>(Map.of("title", "deep " + level, "subtasks", List.of(node)));
        }
        return node;
    }

    // --- small helpers ----------------------------------------------------------------------------

    /** A schema with its {@code $ref} into the tool schema's {@code $defs} followed. */
    private static Map<String, Object> resolve(Map<String, Object> schema, Map<String, Object> root) {
        if (schema.get("$ref") instanceof String ref && ref.startsWith("#/$defs/")) {
            return map(map(root.get("$defs")).get(ref.substring("#/$defs/".length())));
        }
        return schema;
    }

    private static String prefix(String path) {
        int dot = path.lastIndexOf('.');
        return dot < 0 ? "" : path.substring(0, dot + 1);
    }

    /** A value short enough for a report line. */
    private static String brief(Object value) {
        String text = value instanceof String string ? "\"" + string + "\"" : String.valueOf(value);
        return text.length() > 40 ? text.substring(0, 40) + "...(" + text.length() + " chars)" : text;
    }

    private <T> T pick(List<T> values) {
        return values.get(random.nextInt(values.size()));
    }

    static String json(Object value) {
        try {
            return RawServer.JSON.writeValueAsString(value);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> map(Object value) {
        return (Map<String, Object>) value;
    }
}

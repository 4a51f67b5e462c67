package dev.taskorchestrator.domain.template;

import dev.taskorchestrator.domain.common.OrchestratorException;
import dev.taskorchestrator.domain.common.WireValue;
import dev.taskorchestrator.domain.common.WireValues;
import dev.taskorchestrator.domain.task.Complexity;
import dev.taskorchestrator.domain.task.Priority;
import dev.taskorchestrator.domain.task.TaskType;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The template file format (docs/templates.md) as a tree of plain values, read into a
 * {@link Template} and written back. Reading is strict: an unknown field or a value of the wrong
 * kind is refused naming its path ({@code tasks[0].subtasks[2].priority}), because a typo that
 * were silently ignored would change the plan without telling anyone.
 */
public final class TemplateDocument {

    /** The largest document read, in bytes of UTF-8: a template is a plan, not a data file. */
    public static final int SIZE_MAX = 256 * 1024;

    private static final List<String> TOP = List.of("metadata", "parameters", "tasks");
    private static final List<String> METADATA = List.of("name", "version", "description", "category", "tags",
            "extends", "example_parameters");
    private static final List<String> PARAMETER = List.of("type", "description", "required", "default", "enum",
            "allowed_values", "pattern", "min_length", "max_length", "min_value", "max_value", "min", "max");
    private static final List<String> TASK = List.of("key", "title", "description", "task_type", "specialist_type",
            "complexity", "priority", "estimated_effort", "dependencies", "subtasks");
    private static final Set<ParameterType> MEASURED_BY_LENGTH = Set.of(ParameterType.STRING, ParameterType.ARRAY);
    private static final Set<ParameterType> MEASURED_BY_VALUE = Set.of(ParameterType.NUMBER, ParameterType.INTEGER);

    private TemplateDocument() {
    }

    /** The template a document describes, or an error naming the first fault's path. */
    public static Template read(TemplateId id, TemplateCategory category, Map<String, Object> document) {
        Node root = new Node("", document);
        root.allowOnly(TOP);
        Node metadataNode = root.object("metadata").orElseThrow(() -> missing("metadata"));
        TemplateMetadata metadata = metadata(metadataNode);
        List<TemplateParameter> parameters = new ArrayList<>();
        root.object("parameters").ifPresent(node -> node.entries().forEach((name, rules) ->
                parameters.add(parameter(name, node.child(name, rules)))));
        List<Node> taskNodes = root.objects("tasks");
        if (!root.has("tasks")) {
            throw missing("tasks");
        }
        List<TemplateTask> tasks = taskNodes.stream().map(TemplateDocument::task).toList();
        return new Template(id, category, metadata, parameters, tasks);
    }

    /** The document of a template, in the field order of the format and without fields left at their default. */
    public static Map<String, Object> tree(Template template) {
        Map<String, Object> metadata = new LinkedHashMap<>();
        TemplateMetadata meta = template.metadata();
        metadata.put("name", meta.name());
        metadata.put("version", meta.version());
        putIfNotEmpty(metadata, "description", meta.description());
        metadata.put("category", meta.category());
        putIfNotEmpty(metadata, "tags", meta.tags());
        meta.extendsId().ifPresent(parent -> metadata.put("extends", parent.value()));
        putIfNotEmpty(metadata, "example_parameters", meta.exampleParameters());
        Map<String, Object> parameters = new LinkedHashMap<>();
        template.parameters().forEach(parameter -> parameters.put(parameter.name(), rules(parameter)));
        Map<String, Object> document = new LinkedHashMap<>();
        document.put("metadata", metadata);
        document.put("parameters", parameters);
        document.put("tasks", template.tasks().stream().map(TemplateDocument::tree).toList());
        return document;
    }

    /** A parameter's rules under the names the format gives them. */
    public static Map<String, Object> rules(TemplateParameter parameter) {
        Map<String, Object> rules = new LinkedHashMap<>();
        rules.put("type", parameter.type().wire());
        putIfNotEmpty(rules, "description", parameter.description());
        rules.put("required", parameter.required());
        parameter.defaultValue().ifPresent(value -> rules.put("default", value));
        putIfNotEmpty(rules, "enum", parameter.allowedValues());
        parameter.pattern().ifPresent(value -> rules.put("pattern", value));
        String unit = MEASURED_BY_LENGTH.contains(parameter.type()) ? "_length" : "_value";
        parameter.min().ifPresent(value -> rules.put("min" + unit, whole(value)));
        parameter.max().ifPresent(value -> rules.put("max" + unit, whole(value)));
        return rules;
    }

    private static Map<String, Object> tree(TemplateTask task) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("key", task.key());
        json.put("title", task.title());
        putIfNotEmpty(json, "description", task.description());
        task.taskType().ifPresent(value -> json.put("task_type", value.wire()));
        task.specialistType().ifPresent(value -> json.put("specialist_type", value));
        task.complexity().ifPresent(value -> json.put("complexity", value.wire()));
        task.priority().ifPresent(value -> json.put("priority", value.wire()));
        task.estimatedEffort().ifPresent(value -> json.put("estimated_effort", value));
        putIfNotEmpty(json, "dependencies", task.dependencies());
        if (!task.subtasks().isEmpty()) {
            json.put("subtasks", task.subtasks().stream().map(TemplateDocument::tree).toList());
        }
        return json;
    }

    private static TemplateMetadata metadata(Node node) {
        node.allowOnly(METADATA);
        Optional<TemplateId> parent = node.text("extends").map(value -> {
            try {
                return new TemplateId(value);
            } catch (OrchestratorException refused) {
                throw OrchestratorException.invalid("metadata.extends", "metadata.extends '" + value
                        + "' is not a template id", List.of(TemplateId.FORMAT));
            }
        });
        return new TemplateMetadata(node.text("name").orElseThrow(() -> missing("metadata.name")),
                node.text("version").orElseThrow(() -> missing("metadata.version")), node.text("description").orElse(null),
                node.text("category").orElse(null), node.texts("tags"), parent,
                node.object("example_parameters").map(Node::entries).orElse(Map.of()));
    }

    private static TemplateParameter parameter(String name, Node node) {
        node.allowOnly(PARAMETER);
        ParameterType type = node.choice("type", ParameterType.class).orElse(ParameterType.STRING);
        Optional<Object> fallback = Optional.ofNullable(node.value("default"));
        boolean required = node.flag("required").orElse(fallback.isEmpty());
        List<String> allowed = node.has("enum") ? node.scalars("enum") : node.scalars("allowed_values");
        Optional<Double> min = node.number("min_length").or(() -> node.number("min_value")).or(() -> node.number("min"));
        Optional<Double> max = node.number("max_length").or(() -> node.number("max_value")).or(() -> node.number("max"));
        for (String bound : List.of("min_length", "max_length")) {
            if (node.has(bound) && !MEASURED_BY_LENGTH.contains(type)) {
                throw OrchestratorException.invalid(node.path(bound), node.path(bound) + " applies to a string or an"
                        + " array; for a " + type.wire() + " use min_value/max_value", List.of("string", "array"));
            }
        }
        for (String bound : List.of("min_value", "max_value")) {
            if (node.has(bound) && !MEASURED_BY_VALUE.contains(type)) {
                throw OrchestratorException.invalid(node.path(bound), node.path(bound) + " applies to a number or an"
                        + " integer; for a " + type.wire() + " use min_length/max_length", List.of("number", "integer"));
            }
        }
        if (node.has("pattern") && type != ParameterType.STRING) {
            throw OrchestratorException.invalid(node.path("pattern"), node.path("pattern") + " applies to a string only",
                    List.of("string"));
        }
        boolean bounded = min.isPresent() || max.isPresent();
        if (bounded && (type == ParameterType.BOOLEAN || type == ParameterType.OBJECT)) {
            throw OrchestratorException.invalid(node.path("min"), "a " + type.wire() + " parameter has no bounds");
        }
        return new TemplateParameter(name, type, node.text("description").orElse(null), required, fallback,
                node.text("pattern"), allowed, min, max);
    }

    private static TemplateTask task(Node node) {
        node.allowOnly(TASK);
        return new TemplateTask(node.text("key").orElseThrow(() -> missing(node.path("key"))),
                node.text("title").orElseThrow(() -> missing(node.path("title"))), node.text("description").orElse(null),
                node.choice("task_type", TaskType.class), node.text("specialist_type"),
                node.choice("complexity", Complexity.class), node.choice("priority", Priority.class),
                node.text("estimated_effort"), node.texts("dependencies"),
                node.objects("subtasks").stream().map(TemplateDocument::task).toList());
    }

    private static OrchestratorException missing(String field) {
        return OrchestratorException.invalid(field, field + " is required");
    }

    private static void putIfNotEmpty(Map<String, Object> target, String key, Object value) {
        boolean empty = value instanceof String text && text.isEmpty() || value instanceof List<?> list && list.isEmpty()
                || value instanceof Map<?, ?> map && map.isEmpty();
        if (!empty) {
            target.put(key, value);
        }
    }

    private static Object whole(double value) {
        boolean fitsLong = value == Math.rint(value) && Math.abs(value) < 0x1p63;
        return fitsLong ? (Object) (long) value : (Object) value;
    }

    /** One object of the document and where it is, so that each fault names its full path. */
    private record Node(String path, Map<String, Object> values) {

        String path(String field) {
            return path.isEmpty() ? field : field.isEmpty() ? path : path + "." + field;
        }

        Node child(String field, Object value) {
            if (!(value instanceof Map<?, ?> map)) {
                throw wrongKind(path(field), "an object", value);
            }
            @SuppressWarnings("unchecked")
            Map<String, Object> entries = (Map<String, Object>) map;
            return new Node(path(field), entries);
        }

        Map<String, Object> entries() {
            return values;
        }

        boolean has(String field) {
            return values.get(field) != null;
        }

        Object value(String field) {
            return values.get(field);
        }

        void allowOnly(List<String> fields) {
            for (String field : values.keySet()) {
                if (!fields.contains(field)) {
                    throw OrchestratorException.invalid(path(field), "unknown field '" + path(field) + "'; allowed here: "
                            + String.join(", ", fields), fields);
                }
            }
        }

        Optional<String> text(String field) {
            Object value = values.get(field);
            if (value != null && !(value instanceof String)) {
                throw wrongKind(path(field), "a string", value);
            }
            return Optional.ofNullable((String) value);
        }

        Optional<Boolean> flag(String field) {
            Object value = values.get(field);
            if (value != null && !(value instanceof Boolean)) {
                throw wrongKind(path(field), "true or false", value);
            }
            return Optional.ofNullable((Boolean) value);
        }

        Optional<Double> number(String field) {
            Object value = values.get(field);
            if (value != null && !(value instanceof Number)) {
                throw wrongKind(path(field), "a number", value);
            }
            return Optional.ofNullable(value).map(number -> ((Number) number).doubleValue());
        }

        Optional<Node> object(String field) {
            Object value = values.get(field);
            return value == null ? Optional.empty() : Optional.of(child(field, value));
        }

        List<String> texts(String field) {
            return list(field).stream().map(item -> {
                if (!(item instanceof String text)) {
                    throw wrongKind(path(field), "a list of strings", item);
                }
                return text;
            }).toList();
        }

        /** An enum's values: strings, numbers or booleans, kept as their text. */
        List<String> scalars(String field) {
            return list(field).stream().map(item -> {
                if (!(item instanceof String || item instanceof Number || item instanceof Boolean)) {
                    throw wrongKind(path(field), "a list of strings or numbers", item);
                }
                return item instanceof Double number ? TemplateParameter.plain(number) : String.valueOf(item);
            }).toList();
        }

        List<Node> objects(String field) {
            List<Object> items = list(field);
            List<Node> nodes = new ArrayList<>();
            for (int index = 0; index < items.size(); index++) {
                nodes.add(child(field + "[" + index + "]", items.get(index)));
            }
            return nodes;
        }

        <E extends Enum<E> & WireValue> Optional<E> choice(String field, Class<E> type) {
            return text(field).map(value -> WireValues.parse(type, value, path(field)));
        }

        private List<Object> list(String field) {
            Object value = values.get(field);
            if (value == null) {
                return List.of();
            }
            if (!(value instanceof List<?> list)) {
                throw wrongKind(path(field), "a list", value);
            }
            return new ArrayList<>(list);
        }

        private static OrchestratorException wrongKind(String field, String expected, Object value) {
            String shown = String.valueOf(value);
            shown = shown.length() > 40 ? shown.substring(0, 40) + "..." : shown;
            return OrchestratorException.invalid(field, field + " must be " + expected + ", got " + shown,
                    List.of(expected));
        }
    }
}

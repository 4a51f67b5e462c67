package dev.taskorchestrator.persistence.jdbi;

import dev.taskorchestrator.domain.common.OrchestratorException;
import dev.taskorchestrator.domain.common.WireValue;
import dev.taskorchestrator.domain.common.WireValues;
import dev.taskorchestrator.domain.task.Complexity;
import dev.taskorchestrator.domain.task.Priority;
import dev.taskorchestrator.domain.task.TaskType;
import dev.taskorchestrator.domain.template.ParameterType;
import dev.taskorchestrator.domain.template.Template;
import dev.taskorchestrator.domain.template.TemplateCategory;
import dev.taskorchestrator.domain.template.TemplateId;
import dev.taskorchestrator.domain.template.TemplateMetadata;
import dev.taskorchestrator.domain.template.TemplateParameter;
import dev.taskorchestrator.domain.template.TemplateTask;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** A template as the JSON document the database keeps, in the field names of the template format. */
final class TemplateJson {

    private TemplateJson() {
    }

    static String write(Template template) {
        Map<String, Object> metadata = new LinkedHashMap<>();
        metadata.put("name", template.metadata().name());
        metadata.put("version", template.metadata().version());
        metadata.put("description", template.metadata().description());
        metadata.put("category", template.metadata().category());
        metadata.put("tags", template.metadata().tags());
        template.metadata().extendsId().ifPresent(parent -> metadata.put("extends", parent.value()));
        Map<String, Object> parameters = new LinkedHashMap<>();
        for (TemplateParameter parameter : template.parameters()) {
            Map<String, Object> rules = new LinkedHashMap<>();
            rules.put("type", parameter.type().wire());
            rules.put("description", parameter.description());
            rules.put("required", parameter.required());
            parameter.defaultValue().ifPresent(value -> rules.put("default", value));
            parameter.pattern().ifPresent(value -> rules.put("pattern", value));
            rules.put("enum", parameter.allowedValues());
            parameter.min().ifPresent(value -> rules.put("min", value));
            parameter.max().ifPresent(value -> rules.put("max", value));
            parameters.put(parameter.name(), rules);
        }
        Map<String, Object> document = new LinkedHashMap<>();
        document.put("metadata", metadata);
        document.put("parameters", parameters);
        document.put("tasks", template.tasks().stream().map(TemplateJson::task).toList());
        return Columns.json(document);
    }

    private static Map<String, Object> task(TemplateTask task) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("key", task.key());
        json.put("title", task.title());
        json.put("description", task.description());
        task.taskType().ifPresent(v -> json.put("task_type", v.wire()));
        task.specialistType().ifPresent(v -> json.put("specialist_type", v));
        task.complexity().ifPresent(v -> json.put("complexity", v.wire()));
        task.priority().ifPresent(v -> json.put("priority", v.wire()));
        task.estimatedEffort().ifPresent(v -> json.put("estimated_effort", v));
        json.put("dependencies", task.dependencies());
        json.put("subtasks", task.subtasks().stream().map(TemplateJson::task).toList());
        return json;
    }

    @SuppressWarnings("unchecked")
    static Template read(String id, String category, String content) {
        Map<String, Object> document = Columns.jsonObject(content);
        Map<String, Object> metadata = (Map<String, Object>) document.get("metadata");
        Map<String, Object> parameters = (Map<String, Object>) document.get("parameters");
        List<TemplateParameter> parsed = new ArrayList<>();
        parameters.forEach((name, value) -> {
            Map<String, Object> rules = (Map<String, Object>) value;
            parsed.add(new TemplateParameter(name, parse(ParameterType.class, rules.get("type")),
                    (String) rules.get("description"), Boolean.TRUE.equals(rules.get("required")),
                    Optional.ofNullable(rules.get("default")), Optional.ofNullable((String) rules.get("pattern")),
                    (List<String>) rules.get("enum"), number(rules.get("min")), number(rules.get("max"))));
        });
        return new Template(new TemplateId(id), parse(TemplateCategory.class, category),
                new TemplateMetadata((String) metadata.get("name"), (String) metadata.get("version"),
                        (String) metadata.get("description"), (String) metadata.get("category"),
                        (List<String>) metadata.get("tags"),
                        Optional.ofNullable((String) metadata.get("extends")).map(TemplateId::new)),
                parsed, ((List<Map<String, Object>>) document.get("tasks")).stream().map(TemplateJson::task).toList());
    }

    @SuppressWarnings("unchecked")
    private static TemplateTask task(Map<String, Object> json) {
        return new TemplateTask((String) json.get("key"), (String) json.get("title"), (String) json.get("description"),
                optional(TaskType.class, json.get("task_type")), Optional.ofNullable((String) json.get("specialist_type")),
                optional(Complexity.class, json.get("complexity")), optional(Priority.class, json.get("priority")),
                Optional.ofNullable((String) json.get("estimated_effort")), (List<String>) json.get("dependencies"),
                ((List<Map<String, Object>>) json.get("subtasks")).stream().map(TemplateJson::task).toList());
    }

    private static Optional<Double> number(Object value) {
        return Optional.ofNullable((Number) value).map(Number::doubleValue);
    }

    private static <E extends Enum<E> & WireValue> Optional<E> optional(Class<E> type, Object value) {
        return Optional.ofNullable((String) value).map(v -> parse(type, v));
    }

    private static <E extends Enum<E> & WireValue> E parse(Class<E> type, Object value) {
        if (!(value instanceof String text)) {
            throw OrchestratorException.internal("a stored template is corrupt: " + type.getSimpleName() + " is missing");
        }
        return WireValues.parse(type, text, type.getSimpleName());
    }
}

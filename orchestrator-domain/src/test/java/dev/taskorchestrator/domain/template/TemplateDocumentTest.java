package dev.taskorchestrator.domain.template;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.taskorchestrator.domain.common.OrchestratorException;
import dev.taskorchestrator.domain.task.Priority;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class TemplateDocumentTest {

    private static final TemplateId ID = new TemplateId("bug_fix");

    private static Map<String, Object> document() {
        Map<String, Object> severity = new LinkedHashMap<>();
        severity.put("type", "string");
        severity.put("enum", List.of("low", "high"));
        severity.put("default", "low");
        Map<String, Object> summary = new LinkedHashMap<>();
        summary.put("type", "string");
        summary.put("min_length", 3L);
        summary.put("max_length", 80L);
        Map<String, Object> days = Map.of("type", "integer", "min_value", 1L, "max_value", 30L, "default", 5L);
        Map<String, Object> parameters = new LinkedHashMap<>();
        parameters.put("summary", summary);
        parameters.put("severity", severity);
        parameters.put("days", days);
        Map<String, Object> reproduce = Map.of("key", "reproduce", "title", "Reproduce {{summary}}",
                "specialist_type", "debugger");
        Map<String, Object> repair = Map.of("key", "repair", "title", "Repair", "dependencies", List.of("reproduce"),
                "priority", "high", "estimated_effort", "{{days}}d");
        Map<String, Object> root = Map.of("key", "fix", "title", "Fix: {{summary}}", "task_type", "breakdown",
                "subtasks", List.of(reproduce, repair));
        Map<String, Object> metadata = new LinkedHashMap<>();
        metadata.put("name", "Bug fix");
        metadata.put("version", "1.0.0");
        metadata.put("category", "development");
        metadata.put("tags", List.of("bug"));
        metadata.put("example_parameters", Map.of("summary", "Export drops rows"));
        Map<String, Object> document = new LinkedHashMap<>();
        document.put("metadata", metadata);
        document.put("parameters", parameters);
        document.put("tasks", List.of(root));
        return document;
    }

    private static OrchestratorException refusal(Map<String, Object> document) {
        return catchThrowableOfType(OrchestratorException.class,
                () -> TemplateDocument.read(ID, TemplateCategory.USER, document));
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> at(Map<String, Object> document, String... path) {
        Object node = document;
        for (String step : path) {
            node = node instanceof List<?> list ? list.get(Integer.parseInt(step)) : ((Map<String, Object>) node).get(step);
        }
        return (Map<String, Object>) node;
    }

    private static Map<String, Object> with(Map<String, Object> document, String field, Object value, String... path) {
        Map<String, Object> copy = deepCopy(document);
        at(copy, path).put(field, value);
        return copy;
    }

    @SuppressWarnings("unchecked")
    private static <T> T deepCopy(T value) {
        if (value instanceof Map<?, ?> map) {
            Map<String, Object> copy = new LinkedHashMap<>();
            map.forEach((k, v) -> copy.put((String) k, deepCopy(v)));
            return (T) copy;
        }
        if (value instanceof List<?> list) {
            return (T) new java.util.ArrayList<>(list.stream().map(TemplateDocumentTest::deepCopy).toList());
        }
        return value;
    }

    @Test
    void givenADocument_whenRead_thenEveryFieldLandsAndRequiredFollowsTheDefault() {
        Template template = TemplateDocument.read(ID, TemplateCategory.USER, document());

        assertThat(template.metadata().exampleParameters()).containsEntry("summary", "Export drops rows");
        assertThat(template.parameters()).extracting(TemplateParameter::required).containsExactly(true, false, false);
        assertThat(template.parameters().get(0).max()).contains(80.0);
        TemplateTask repair = template.tasks().get(0).subtasks().get(1);
        assertThat(repair.priority()).contains(Priority.HIGH);
        assertThat(repair.dependencies()).containsExactly("reproduce");
        Template.Filled filled = template.instantiate(template.metadata().exampleParameters());
        assertThat(filled.tasks().get(0).subtasks().get(1).estimatedEffort()).contains("5d");
    }

    @Test
    void givenATemplate_whenWrittenAsATreeAndReadBack_thenItIsTheSame() {
        Template template = TemplateDocument.read(ID, TemplateCategory.USER, document());

        Map<String, Object> tree = TemplateDocument.tree(template);

        assertThat(TemplateDocument.read(ID, TemplateCategory.USER, tree)).isEqualTo(template);
        assertThat(at(tree, "parameters", "days")).containsEntry("min_value", 1L).containsEntry("max_value", 30L);
        assertThat(at(tree, "parameters", "summary")).containsEntry("max_length", 80L);
    }

    @Test
    void givenFaults_whenRead_thenEachNamesItsPath() {
        Map<String, Object> document = document();

        assertThat(refusal(with(document, "colour", "red")).field()).contains("colour");
        assertThat(refusal(with(document, "priority", "urgent", "tasks", "0", "subtasks", "1")).field())
                .contains("tasks[0].subtasks[1].priority");
        assertThat(refusal(with(document, "titel", "x", "tasks", "0")).allowed()).contains("title");
        assertThat(refusal(with(document, "dependencies", "reproduce", "tasks", "0", "subtasks", "1")).field())
                .contains("tasks[0].subtasks[1].dependencies");
        assertThat(refusal(with(document, "min_value", 2L, "parameters", "summary")).field())
                .contains("parameters.summary.min_value");
        assertThat(refusal(with(document, "pattern", "[0-9]+", "parameters", "days")).field())
                .contains("parameters.days.pattern");
        assertThat(refusal(with(document, "type", "date", "parameters", "days")).allowed())
                .contains("string", "integer", "array", "object");
        assertThat(refusal(with(document, "extends", "../base", "metadata")).field()).contains("metadata.extends");
        Map<String, Object> noTasks = deepCopy(document);
        noTasks.remove("tasks");
        assertThat(refusal(noTasks).field()).contains("tasks");
        Map<String, Object> noVersion = deepCopy(document);
        at(noVersion, "metadata").remove("version");
        assertThat(refusal(noVersion).getMessage()).isEqualTo("metadata.version is required");
    }
}

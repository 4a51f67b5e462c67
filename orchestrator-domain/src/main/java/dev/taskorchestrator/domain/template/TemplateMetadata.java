package dev.taskorchestrator.domain.template;

import dev.taskorchestrator.domain.common.Checks;
import dev.taskorchestrator.domain.common.Limits;
import dev.taskorchestrator.domain.common.JsonValues;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * What a template is: its name, version, purpose, a free category (e.g. development), tags, its
 * parent, and a set of parameters that instantiate it, for people to copy and tests to prove.
 */
public record TemplateMetadata(
        String name,
        String version,
        String description,
        String category,
        List<String> tags,
        Optional<TemplateId> extendsId,
        Map<String, Object> exampleParameters) {

    public TemplateMetadata {
        name = Checks.text(name, "metadata.name", 1, Limits.SHORT_TEXT_MAX);
        version = Checks.text(version, "metadata.version", 1, 50);
        description = description == null ? "" : Checks.text(description, "metadata.description", 0, Limits.REASON_MAX);
        category = category == null ? "general" : Checks.text(category, "metadata.category", 1, 100);
        tags = Checks.list(tags == null ? List.of() : tags, "metadata.tags", 50);
        Checks.required(extendsId, "metadata.extends");
        exampleParameters = JsonValues.object(exampleParameters == null ? Map.of() : exampleParameters,
                "metadata.example_parameters");
    }

    public static TemplateMetadata named(String name) {
        return new TemplateMetadata(name, "1.0.0", "", "general", List.of(), Optional.empty(), Map.of());
    }
}

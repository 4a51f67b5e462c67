package dev.taskorchestrator.domain.template;

import dev.taskorchestrator.domain.common.Checks;
import dev.taskorchestrator.domain.common.Limits;
import java.util.List;
import java.util.Optional;

/** What a template is: its name, version, purpose, a free category (e.g. development), tags, and its parent. */
public record TemplateMetadata(
        String name,
        String version,
        String description,
        String category,
        List<String> tags,
        Optional<TemplateId> extendsId) {

    public TemplateMetadata {
        name = Checks.text(name, "metadata.name", 1, Limits.SHORT_TEXT_MAX);
        version = Checks.text(version, "metadata.version", 1, 50);
        description = description == null ? "" : Checks.text(description, "metadata.description", 0, Limits.REASON_MAX);
        category = category == null ? "general" : Checks.text(category, "metadata.category", 1, 100);
        tags = Checks.list(tags == null ? List.of() : tags, "metadata.tags", 50);
        Checks.required(extendsId, "metadata.extends");
    }

    public static TemplateMetadata named(String name) {
        return new TemplateMetadata(name, "1.0.0", "", "general", List.of(), Optional.empty());
    }
}

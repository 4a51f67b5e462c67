package dev.taskorchestrator.wire;

import dev.taskorchestrator.application.port.in.DeleteTemplateUseCase;
import dev.taskorchestrator.application.port.in.InstallTemplatesUseCase;
import dev.taskorchestrator.application.port.in.InstantiateTemplateUseCase;
import dev.taskorchestrator.application.port.in.PlannedTask;
import dev.taskorchestrator.application.port.in.SaveTemplateUseCase;
import dev.taskorchestrator.application.port.in.ShowTemplateUseCase;
import dev.taskorchestrator.application.port.in.TemplateListing;
import dev.taskorchestrator.application.port.in.ValidateTemplatesUseCase;
import dev.taskorchestrator.domain.common.WireValue;
import dev.taskorchestrator.domain.template.Template;
import dev.taskorchestrator.domain.template.TemplateCategory;
import dev.taskorchestrator.domain.template.TemplateDocument;
import dev.taskorchestrator.domain.template.TemplateId;
import dev.taskorchestrator.domain.template.TemplateMetadata;
import dev.taskorchestrator.domain.template.TemplateParameter;
import dev.taskorchestrator.domain.template.TemplateTask;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The template results in the published language. {@code category} is always where a template
 * is kept (builtin, user, shared), as the tools' parameter of that name; the category a template
 * declares for itself (development, research…) is {@code metadata.category}.
 */
public final class TemplateDocuments {

    private TemplateDocuments() {
    }

    public static Map<String, Object> listed(List<TemplateListing> listings, Optional<TemplateCategory> filter,
            boolean includeMetadata) {
        return Document.with("templates", listings.stream().map(listing -> listing(listing, includeMetadata)).toList())
                .put("total_count", listings.size())
                .put("filtered_by_category", filter.map(TemplateCategory::wire))
                .map();
    }

    public static Map<String, Object> listing(TemplateListing listing, boolean includeMetadata) {
        Document document = Document.with("template_id", listing.id().value())
                .put("category", listing.category().wire())
                .put("name", listing.metadata().map(TemplateMetadata::name))
                .put("in_force", listing.inForce())
                .put("shadowed_by", listing.shadowedBy().map(TemplateCategory::wire))
                .put("valid", listing.valid())
                .put("problem", listing.problem());
        if (includeMetadata) {
            document.put("location", listing.location()).put("metadata", listing.metadata().map(TemplateDocuments::metadata));
        }
        return document.map();
    }

    /** A document as written; one that does not read as a template comes without {@code template}, its fault in {@code info}. */
    public static Map<String, Object> loaded(ShowTemplateUseCase.View view) {
        return Document.with("template_id", view.listing().id().value())
                .put("category", view.listing().category().wire())
                .put("template", view.written().map(TemplateDocument::tree))
                .put("info", info(view))
                .map();
    }

    public static Map<String, Object> described(ShowTemplateUseCase.View view) {
        Template resolved = view.resolved();
        return Document.with("template_id", view.listing().id().value())
                .put("category", view.listing().category().wire())
                .put("template_info", info(view))
                .put("parameter_definitions", resolved.parameters().stream().map(TemplateDocuments::parameter).toList())
                .put("example_parameters", resolved.metadata().exampleParameters())
                .put("tasks", resolved.tasks().stream().map(TemplateDocuments::outline).toList())
                .map();
    }

    public static Map<String, Object> validated(ValidateTemplatesUseCase.Validation validation) {
        if (!validation.valid()) {
            Map<String, Object> error = Document.with("field", validation.field())
                    .put("message", validation.problem().orElseThrow()).map();
            return Document.with("valid", false).put("errors", List.of(error)).map();
        }
        Template template = validation.template().orElseThrow();
        return Document.with("valid", true)
                .put("template_info", Document.with("metadata", metadata(template.metadata()))
                        .put("parameters", template.parameters().stream().map(TemplateParameter::name).toList())
                        .put("task_count", template.allTasks().size())
                        .map())
                .map();
    }

    public static Map<String, Object> validatedAll(List<TemplateListing> listings, Optional<TemplateCategory> filter) {
        long invalid = listings.stream().filter(listing -> !listing.valid()).count();
        return Document.with("results", listings.stream().map(listing -> Document.with("template_id",
                        listing.id().value()).put("category", listing.category().wire()).put("valid", listing.valid())
                        .put("error", listing.problem()).map()).toList())
                .put("valid_count", listings.size() - invalid)
                .put("invalid_count", invalid)
                .put("filtered_by_category", filter.map(TemplateCategory::wire))
                .map();
    }

    public static Map<String, Object> saved(SaveTemplateUseCase.Saved saved) {
        return Document.with("status", saved.replaced() ? "replaced" : "created")
                .put("template_id", saved.listing().id().value())
                .put("category", saved.listing().category().wire())
                .put("location", saved.listing().location())
                .put("in_force", saved.listing().inForce())
                .put("shadowed_by", saved.listing().shadowedBy().map(TemplateCategory::wire))
                .map();
    }

    public static Map<String, Object> deleted(DeleteTemplateUseCase.Deleted deleted) {
        return Document.with("status", "deleted")
                .put("template_id", deleted.id().value())
                .put("category", deleted.category().wire())
                .put("location", deleted.location())
                .put("now_in_force", deleted.nowInForce().map(listing -> listing.category().wire()))
                .put("extended_by", deleted.extendedBy().stream().map(listing -> listing.id().value()).toList())
                .map();
    }

    public static Map<String, Object> installed(InstallTemplatesUseCase.Report report) {
        return Document.with("category", report.target().wire())
                .put("location", report.location())
                .put("installed", ids(report.installed()))
                .put("skipped", ids(report.skipped()))
                .put("failed", report.failed().stream().map(failure -> Document.with("template_id",
                        failure.id().value()).put("reason", failure.reason()).map()).toList())
                .map();
    }

    public static Map<String, Object> status(InstallTemplatesUseCase.Status status) {
        return Document.with("library", status.library().stream().map(TemplateDocuments::shipped).toList())
                .put("examples", status.examples().stream().map(TemplateDocuments::shipped).toList())
                .put("places", status.places().stream().map(place -> Document.with("category", place.category().wire())
                        .put("location", place.location()).put("templates", place.templates())
                        .put("invalid", place.invalid()).map()).toList())
                .put("library_installed", status.library().stream().filter(InstallTemplatesUseCase.Shipped::installed)
                        .count())
                .put("examples_installed", status.examples().stream().filter(InstallTemplatesUseCase.Shipped::installed)
                        .count())
                .map();
    }

    public static Map<String, Object> instantiated(InstantiateTemplateUseCase.Instance instance) {
        Document document = Document.with("template_id", instance.template().id().value())
                .put("category", instance.template().category().wire())
                .put("parameters_used", instance.parametersUsed())
                .put("tasks_created", instance.created().map(created -> created.created().size()).orElse(0));
        if (instance.preview()) {
            return document.put("preview", true).put("plan", plan(instance.plan())).map();
        }
        var created = instance.created().orElseThrow();
        return document.put("task_id", created.rootId().value())
                .put("keys", TaskDocuments.keysInPlanOrder(created))
                .put("first_ready_task", instance.firstReady().map(Rows::compact))
                .map();
    }

    private static Map<String, Object> info(ShowTemplateUseCase.View view) {
        return Document.with("metadata", view.written().map(template -> metadata(template.metadata())))
                .put("problem", view.listing().problem())
                .put("location", view.listing().location())
                .put("in_force", view.listing().inForce())
                .put("shadowed_by", view.listing().shadowedBy().map(TemplateCategory::wire))
                .put("other_copies", view.copies().stream().filter(copy -> copy.category() != view.listing().category())
                        .map(copy -> copy.category().wire()).toList())
                .put("parameter_count", view.merged().map(resolved -> resolved.parameters().size()))
                .put("task_count", view.merged().map(resolved -> resolved.allTasks().size()))
                .map();
    }

    private static Map<String, Object> metadata(TemplateMetadata metadata) {
        return Document.with("name", metadata.name())
                .put("version", metadata.version())
                .put("description", metadata.description())
                .put("category", metadata.category())
                .put("tags", metadata.tags())
                .put("extends", metadata.extendsId().map(TemplateId::value))
                .map();
    }

    /** A parameter as the original system described one: its rules gathered under {@code validation}. */
    private static Map<String, Object> parameter(TemplateParameter parameter) {
        Map<String, Object> rules = new LinkedHashMap<>(TemplateDocument.rules(parameter));
        Map<String, Object> validation = new LinkedHashMap<>();
        for (String rule : List.of("pattern", "enum", "min_length", "max_length", "min_value", "max_value")) {
            Object value = rules.remove(rule);
            if (value != null) {
                validation.put(rule.equals("enum") ? "allowed_values" : rule, value);
            }
        }
        return Document.with("name", parameter.name())
                .put("type", parameter.type().wire())
                .put("description", parameter.description())
                .put("required", parameter.required())
                .put("default", parameter.defaultValue())
                .put("validation", validation)
                .map();
    }

    private static Map<String, Object> outline(TemplateTask task) {
        return Document.with("key", task.key())
                .put("title", task.title())
                .put("specialist_type", task.specialistType())
                .put("dependencies", task.dependencies())
                .put("subtasks", task.subtasks().stream().map(TemplateDocuments::outline).toList())
                .map();
    }

    /** A filled plan as it would be stored: the fields of {@code orchestrator_plan_task}'s input. */
    public static Map<String, Object> plan(PlannedTask task) {
        return Document.with("key", task.key())
                .put("title", task.title())
                .put("description", task.description())
                .put("task_type", task.taskType().map(WireValue::wire))
                .put("specialist_type", task.specialistType())
                .put("complexity", task.complexity().map(WireValue::wire))
                .put("priority", task.priority().map(WireValue::wire))
                .put("estimated_effort", task.estimatedEffort())
                .put("dependencies", task.dependencies())
                .put("subtasks", task.subtasks().stream().map(TemplateDocuments::plan).toList())
                .map();
    }

    private static Map<String, Object> shipped(InstallTemplatesUseCase.Shipped shipped) {
        return Document.with("template_id", shipped.id().value())
                .put("library_category", shipped.category())
                .put("installed_in", shipped.installedIn().stream().map(TemplateCategory::wire).toList())
                .put("modified_in", shipped.modified().stream().map(TemplateCategory::wire).toList())
                .map();
    }

    private static List<String> ids(List<TemplateId> ids) {
        return ids.stream().map(TemplateId::value).toList();
    }
}

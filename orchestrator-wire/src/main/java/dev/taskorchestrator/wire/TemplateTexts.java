package dev.taskorchestrator.wire;

import dev.taskorchestrator.application.port.in.DeleteTemplateUseCase;
import dev.taskorchestrator.application.port.in.InstallTemplatesUseCase;
import dev.taskorchestrator.application.port.in.InstantiateTemplateUseCase;
import dev.taskorchestrator.application.port.in.PlannedTask;
import dev.taskorchestrator.application.port.in.SaveTemplateUseCase;
import dev.taskorchestrator.application.port.in.ShowTemplateUseCase;
import dev.taskorchestrator.application.port.in.TemplateListing;
import dev.taskorchestrator.application.port.in.ValidateTemplatesUseCase;
import dev.taskorchestrator.domain.template.Template;
import dev.taskorchestrator.domain.template.TemplateDocument;
import dev.taskorchestrator.domain.template.TemplateId;
import dev.taskorchestrator.domain.template.TemplateParameter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/** The template results as short text, for people at a terminal and models that read only text. */
public final class TemplateTexts {

    private TemplateTexts() {
    }

    public static String listed(List<TemplateListing> listings) {
        if (listings.isEmpty()) {
            return "No templates.";
        }
        return listings.size() + " template(s):\n" + listings.stream().map(TemplateTexts::line)
                .collect(Collectors.joining("\n"));
    }

    public static String line(TemplateListing listing) {
        String state = listing.problem().map(problem -> " INVALID: " + problem)
                .orElseGet(() -> listing.shadowedBy().map(by -> " (shadowed by " + by.wire() + ")").orElse(""));
        return "- " + listing.id() + " [" + listing.category().wire() + "]"
                + listing.metadata().map(meta -> " " + meta.name() + " v" + meta.version() + " (" + meta.category() + ")")
                        .orElse("")
                + state;
    }

    public static String described(ShowTemplateUseCase.View view) {
        Template resolved = view.resolved();
        List<String> lines = new ArrayList<>();
        lines.add(view.listing().id() + " [" + view.listing().category().wire() + "] " + resolved.metadata().name()
                + " v" + resolved.metadata().version() + " (" + resolved.metadata().category() + ")");
        if (!resolved.metadata().description().isEmpty()) {
            lines.add(resolved.metadata().description());
        }
        lines.add("File: " + view.listing().location());
        view.template().metadata().extendsId().ifPresent(parent -> lines.add("Extends: " + parent));
        lines.add("Parameters:" + (resolved.parameters().isEmpty() ? " none" : ""));
        resolved.parameters().forEach(parameter -> lines.add("  " + parameter(parameter)));
        lines.add("Tasks: " + resolved.allTasks().size());
        if (!resolved.metadata().exampleParameters().isEmpty()) {
            lines.add("Example: " + arguments(resolved.metadata().exampleParameters()));
        }
        return String.join("\n", lines);
    }

    public static String loaded(ShowTemplateUseCase.View view) {
        return view.listing().id() + " [" + view.listing().category().wire() + "] from " + view.listing().location()
                + view.listing().problem().map(problem -> "\nINVALID: " + problem).orElse("") + ":\n" + view.text();
    }

    public static String validated(ValidateTemplatesUseCase.Validation validation) {
        return validation.template().map(template -> "Valid: " + template.metadata().name() + ", "
                + template.parameters().size() + " parameter(s), " + template.allTasks().size()
                + " task(s).").orElseGet(() -> "Invalid: " + validation.problem().orElseThrow());
    }

    public static String validatedAll(List<TemplateListing> listings) {
        long invalid = listings.stream().filter(listing -> !listing.valid()).count();
        String head = (listings.size() - invalid) + " valid, " + invalid + " invalid.";
        String faults = listings.stream().filter(listing -> !listing.valid()).map(TemplateTexts::line)
                .collect(Collectors.joining("\n"));
        return faults.isEmpty() ? head : head + "\n" + faults;
    }

    public static String saved(SaveTemplateUseCase.Saved saved) {
        return (saved.replaced() ? "Replaced " : "Created ") + saved.listing().id() + " ["
                + saved.listing().category().wire() + "] at " + saved.listing().location()
                + saved.listing().shadowedBy().map(by -> "; a " + by.wire() + " copy of the same id is in force")
                        .orElse("") + ".";
    }

    public static String deleted(DeleteTemplateUseCase.Deleted deleted) {
        return "Deleted " + deleted.id() + " [" + deleted.category().wire() + "] (" + deleted.location() + ")."
                + deleted.nowInForce().map(listing -> " The " + listing.category().wire() + " copy now applies.")
                        .orElse("")
                + (deleted.extendedBy().isEmpty() ? "" : " Templates that extend it: " + deleted.extendedBy().stream()
                        .map(listing -> listing.id().value()).collect(Collectors.joining(", ")) + ".");
    }

    public static String installed(InstallTemplatesUseCase.Report report) {
        return "Into " + report.target().wire() + " (" + report.location() + "): installed " + ids(report.installed())
                + "; skipped (already there) " + ids(report.skipped())
                + (report.failed().isEmpty() ? "" : "; failed " + report.failed().stream()
                        .map(failure -> failure.id() + ": " + failure.reason()).collect(Collectors.joining("; ")))
                + ".";
    }

    public static String status(InstallTemplatesUseCase.Status status) {
        List<String> lines = new ArrayList<>();
        status.places().forEach(place -> lines.add(place.category().wire() + ": " + place.templates() + " template(s)"
                + (place.invalid() > 0 ? ", " + place.invalid() + " invalid" : "") + " in " + place.location()));
        lines.add("Library: " + installedCount(status.library()) + " of " + status.library().size()
                + " installed for editing (all usable as built in)");
        lines.add("Examples: " + installedCount(status.examples()) + " of " + status.examples().size() + " installed");
        return String.join("\n", lines);
    }

    public static String instantiated(InstantiateTemplateUseCase.Instance instance) {
        if (instance.preview()) {
            return "Preview of " + instance.template().id() + " (nothing created):\n" + outline(instance.plan(), "");
        }
        var created = instance.created().orElseThrow();
        return "Created " + created.created().size() + " task(s) from " + instance.template().id() + " under "
                + created.rootId() + " '" + created.created().get(0).title() + "'."
                + instance.firstReady().map(task -> "\nStart with " + task.id() + " '" + task.title() + "' ("
                        + task.specialistType() + ").").orElse("");
    }

    private static String outline(PlannedTask task, String indent) {
        StringBuilder text = new StringBuilder(indent + "- " + task.key().map(key -> key + ": ").orElse("")
                + task.title() + task.specialistType().map(role -> " (" + role + ")").orElse("")
                + (task.dependencies().isEmpty() ? "" : " after " + String.join(", ", task.dependencies())));
        task.subtasks().forEach(subtask -> text.append("\n").append(outline(subtask, indent + "  ")));
        return text.toString();
    }

    private static String parameter(TemplateParameter parameter) {
        Map<String, Object> rules = TemplateDocument.rules(parameter);
        rules.remove("description");
        rules.remove("type");
        rules.remove("required");
        String extra = rules.isEmpty() ? "" : " " + rules;
        return parameter.name() + ": " + parameter.type().wire() + (parameter.required() ? ", required" : "") + extra
                + (parameter.description().isEmpty() ? "" : " - " + parameter.description());
    }

    private static String arguments(Map<String, Object> values) {
        return values.entrySet().stream().map(entry -> entry.getKey() + "=" + entry.getValue())
                .collect(Collectors.joining(" "));
    }

    private static long installedCount(List<InstallTemplatesUseCase.Shipped> shipped) {
        return shipped.stream().filter(InstallTemplatesUseCase.Shipped::installed).count();
    }

    private static String ids(List<TemplateId> ids) {
        return ids.isEmpty() ? "none" : ids.stream().map(TemplateId::value).collect(Collectors.joining(", "));
    }
}

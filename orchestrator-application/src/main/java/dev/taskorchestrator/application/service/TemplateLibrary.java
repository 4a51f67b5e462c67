package dev.taskorchestrator.application.service;

import dev.taskorchestrator.application.port.in.TemplateListing;
import dev.taskorchestrator.application.port.out.TemplateCatalog.Source;
import dev.taskorchestrator.application.port.out.TemplateCatalog;
import dev.taskorchestrator.application.port.out.TemplateSyntax;
import dev.taskorchestrator.domain.common.ErrorCode;
import dev.taskorchestrator.domain.common.OrchestratorException;
import dev.taskorchestrator.domain.template.Template;
import dev.taskorchestrator.domain.template.TemplateCategory;
import dev.taskorchestrator.domain.template.TemplateDocument;
import dev.taskorchestrator.domain.template.TemplateId;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Reading the catalog's documents as templates, shared by the template use cases: the size
 * limit, the syntax, the format, which copy of an id is in force, and the merge with parents.
 * Nothing is cached: each call reads the documents as they are now.
 */
final class TemplateLibrary {

    private final TemplateCatalog catalog;
    private final TemplateSyntax syntax;
    private final Specialists specialists;

    TemplateLibrary(TemplateCatalog catalog, TemplateSyntax syntax, Specialists specialists) {
        this.catalog = catalog;
        this.syntax = syntax;
        this.specialists = specialists;
    }

    TemplateCatalog catalog() {
        return catalog;
    }

    /** The template a text describes; {@code field} is what an error names (the tool's parameter, or the document). */
    Template read(TemplateId id, TemplateCategory category, String text, String field) {
        int bytes = text.getBytes(StandardCharsets.UTF_8).length;
        if (bytes > TemplateDocument.SIZE_MAX) {
            throw OrchestratorException.invalid(field, field + " is larger than " + TemplateDocument.SIZE_MAX / 1024
                    + " KB; a template is at most that", List.of("at most " + TemplateDocument.SIZE_MAX + " bytes"));
        }
        return TemplateDocument.read(id, category, syntax.read(text, field));
    }

    /**
     * A stored document as a template. Its faults are about the template the caller named
     * ({@code template_id}), and say where in which file: the file is what its author will open.
     */
    Template read(Source source) {
        String location = source.location();
        source.unreadable().ifPresent(reason -> {
            throw OrchestratorException.invalid("template_id", location + " cannot be read: " + reason);
        });
        try {
            return read(source.id(), source.category(), source.text(), location);
        } catch (OrchestratorException unreadable) {
            String message = unreadable.getMessage().startsWith(location) ? unreadable.getMessage()
                    : location + ": " + unreadable.getMessage();
            throw new OrchestratorException(unreadable.code(), message, "template_id", unreadable.allowed());
        }
    }

    /** The copy of {@code id} that applies: of {@code category} when given, else the first by precedence. */
    Source source(TemplateId id, Optional<TemplateCategory> category) {
        Optional<Source> found = category.isPresent() ? catalog.source(id, category.get())
                : TemplateCatalog.PRECEDENCE.stream().map(each -> catalog.source(id, each)).flatMap(Optional::stream)
                        .findFirst();
        return found.orElseThrow(() -> missing(id, category));
    }

    static OrchestratorException missing(TemplateId id, Optional<TemplateCategory> category) {
        return new OrchestratorException(ErrorCode.NOT_FOUND, "template '" + id + "' does not exist"
                + category.map(each -> " in " + each.wire()).orElse(""), "template_id", List.of());
    }

    /**
     * The template with every parent it extends, each parent being the copy in force of its id;
     * its roles are checked as a plan's would be, so that a template that reads well also plans.
     */
    Template resolved(Template template) {
        Template merged = merged(template);
        merged.allTasks().forEach(task -> task.specialistType().ifPresent(role -> specialists.canonical(role,
                "tasks." + task.key() + ".specialist_type")));
        return merged;
    }

    private Template merged(Template template) {
        return template.resolved(parent -> {
            try {
                return Optional.of(read(source(parent, Optional.empty())));
            } catch (OrchestratorException refused) {
                if (refused.code() == ErrorCode.NOT_FOUND) {
                    return Optional.empty();
                }
                throw refused;
            }
        });
    }

    /** Every document (or those of one category), each with the copy that shadows it and what it reads as. */
    List<TemplateListing> listings(Optional<TemplateCategory> category, boolean resolve) {
        List<Source> all = catalog.sources(Optional.empty());
        Map<TemplateId, TemplateCategory> inForce = new LinkedHashMap<>();
        all.forEach(source -> inForce.merge(source.id(), source.category(),
                (first, other) -> TemplateCatalog.PRECEDENCE.indexOf(first) <= TemplateCatalog.PRECEDENCE.indexOf(other)
                        ? first : other));
        List<TemplateListing> listings = new ArrayList<>();
        for (Source source : all) {
            if (category.isEmpty() || category.get() == source.category()) {
                listings.add(listing(source, inForce.get(source.id()), resolve));
            }
        }
        return listings;
    }

    TemplateListing listing(Source source, TemplateCategory winner, boolean resolve) {
        Optional<TemplateCategory> shadowedBy = winner == source.category() ? Optional.empty() : Optional.of(winner);
        try {
            Template template = read(source);
            if (resolve) {
                resolved(template);
            }
            return new TemplateListing(source.id(), source.category(), source.location(), shadowedBy,
                    Optional.of(template.metadata()), Optional.empty());
        } catch (OrchestratorException unreadable) {
            return new TemplateListing(source.id(), source.category(), source.location(), shadowedBy, Optional.empty(),
                    Optional.of(unreadable.getMessage()));
        }
    }

    /** The listing of a document already read as {@code template}; only its id's other copies are looked up. */
    TemplateListing listing(Source source, Template template) {
        TemplateCategory winner = copies(source.id()).stream().findFirst().map(Source::category)
                .orElse(source.category());
        Optional<TemplateCategory> shadowedBy = winner == source.category() ? Optional.empty() : Optional.of(winner);
        return new TemplateListing(source.id(), source.category(), source.location(), shadowedBy,
                Optional.of(template.metadata()), Optional.empty());
    }

    /** Every copy of one id, the one in force first: the other documents are neither read nor listed. */
    List<Source> copies(TemplateId id) {
        return TemplateCatalog.PRECEDENCE.stream().map(category -> catalog.source(id, category))
                .flatMap(Optional::stream).toList();
    }
}

package dev.taskorchestrator.application.service;

import dev.taskorchestrator.application.port.in.ListTemplatesUseCase;
import dev.taskorchestrator.application.port.in.ShowTemplateUseCase;
import dev.taskorchestrator.application.port.in.TemplateListing;
import dev.taskorchestrator.application.port.in.ValidateTemplatesUseCase;
import dev.taskorchestrator.application.port.out.TemplateCatalog.Source;
import dev.taskorchestrator.domain.common.OrchestratorException;
import dev.taskorchestrator.domain.template.Template;
import dev.taskorchestrator.domain.template.TemplateCategory;
import dev.taskorchestrator.domain.template.TemplateId;
import java.util.List;
import java.util.Optional;

/** The template use cases that only read: list, show, validate. */
final class TemplateReadingService implements ListTemplatesUseCase, ShowTemplateUseCase, ValidateTemplatesUseCase {

    /** The id a document given as text is checked under: it has none of its own yet. */
    static final TemplateId CANDIDATE = new TemplateId("template_content");

    private final TemplateLibrary library;

    TemplateReadingService(TemplateLibrary library) {
        this.library = library;
    }

    @Override
    public List<TemplateListing> list(Optional<TemplateCategory> category) {
        return library.listings(category, false);
    }

    @Override
    public View show(TemplateId id, Optional<TemplateCategory> category) {
        Source source = library.source(id, category);
        Template template = library.read(source);
        Template resolved = library.resolved(template);
        return view(source, Optional.of(template), Optional.of(resolved));
    }

    @Override
    public View load(TemplateId id, Optional<TemplateCategory> category) {
        Source source = library.source(id, category);
        try {
            Template template = library.read(source);
            return view(source, Optional.of(template), Optional.of(library.resolved(template)));
        } catch (OrchestratorException unreadable) {
            return view(source, Optional.empty(), Optional.empty());
        }
    }

    /** The document with its copies; each copy is read only to say whether it is valid. */
    private View view(Source source, Optional<Template> template, Optional<Template> resolved) {
        List<Source> copies = library.copies(source.id());
        TemplateCategory winner = copies.isEmpty() ? source.category() : copies.get(0).category();
        List<TemplateListing> listed = copies.stream().map(copy -> library.listing(copy, winner, true)).toList();
        TemplateListing shown = listed.stream().filter(listing -> listing.category() == source.category())
                .findFirst().orElseGet(() -> library.listing(source, winner, true));
        return new View(shown, source.text(), template, resolved, listed);
    }

    @Override
    public Validation validate(String content) {
        try {
            Template template = library.read(CANDIDATE, TemplateCategory.USER, content, "template_content");
            return new Validation(Optional.of(library.resolved(template)), Optional.empty(), Optional.empty());
        } catch (OrchestratorException invalid) {
            return new Validation(Optional.empty(), invalid.field(), Optional.of(invalid.getMessage()));
        }
    }

    @Override
    public List<TemplateListing> validateAll(Optional<TemplateCategory> category) {
        return library.listings(category, true);
    }
}

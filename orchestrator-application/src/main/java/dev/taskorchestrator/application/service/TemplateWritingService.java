package dev.taskorchestrator.application.service;

import dev.taskorchestrator.application.port.in.DeleteTemplateUseCase;
import dev.taskorchestrator.application.port.in.InstallTemplatesUseCase;
import dev.taskorchestrator.application.port.in.SaveTemplateUseCase;
import dev.taskorchestrator.application.port.in.TemplateListing;
import dev.taskorchestrator.application.port.out.TemplateCatalog.Source;
import dev.taskorchestrator.application.port.out.TemplateCatalog;
import dev.taskorchestrator.domain.common.ErrorCode;
import dev.taskorchestrator.domain.common.OrchestratorException;
import dev.taskorchestrator.domain.template.Template;
import dev.taskorchestrator.domain.template.TemplateCategory;
import dev.taskorchestrator.domain.template.TemplateId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The template use cases that write documents: save, delete, install. A document is checked
 * before it is written, so that the catalog holds only templates that instantiate (a hand-edited
 * file may still break, and listings say so).
 */
final class TemplateWritingService implements SaveTemplateUseCase, DeleteTemplateUseCase, InstallTemplatesUseCase {

    private final TemplateLibrary library;
    private final TemplateCatalog catalog;

    TemplateWritingService(TemplateLibrary library) {
        this.library = library;
        this.catalog = library.catalog();
    }

    @Override
    public Saved save(SaveTemplateUseCase.Command command) {
        Template template = library.read(command.id(), command.category(), command.content(), "template_content");
        library.resolved(template);
        boolean exists = catalog.source(command.id(), command.category()).isPresent();
        if (exists && !command.overwrite()) {
            throw OrchestratorException.illegalState("overwrite", "template " + command.id() + " already exists in "
                    + command.category().wire() + "; pass overwrite true to replace it");
        }
        Source written = catalog.write(command.id(), command.category(), command.content(), command.overwrite());
        return new Saved(library.listing(written, template), template, exists);
    }

    @Override
    public Deleted delete(TemplateId id, TemplateCategory category) {
        boolean builtIn = catalog.source(id, TemplateCategory.BUILTIN).isPresent();
        Optional<Source> found = category.writable() ? catalog.source(id, category) : Optional.empty();
        if (found.isEmpty() && builtIn) {
            throw OrchestratorException.illegalState("template_id", "template " + id + " is built in"
                    + (category.writable() ? " and has no " + category.wire() + " copy" : "")
                    + "; built-in templates cannot be deleted (a user or shared copy of the same id overrides one)");
        }
        Source source = found.orElseThrow(() -> TemplateLibrary.missing(id, Optional.of(category)));
        // Read before deleting: a listing that failed afterwards would report a deletion as a failure.
        List<TemplateListing> extendedBy = library.listings(Optional.empty(), false).stream()
                .filter(listing -> listing.metadata().flatMap(meta -> meta.extendsId()).equals(Optional.of(id)))
                .filter(listing -> !listing.id().equals(id))
                .toList();
        catalog.delete(id, category);
        List<Source> left = library.copies(id);
        Optional<TemplateListing> nowInForce = left.stream().findFirst()
                .map(copy -> library.listing(copy, copy.category(), false));
        return new Deleted(id, category, source.location(), nowInForce, extendedBy);
    }

    @Override
    public Report installExamples(InstallTemplatesUseCase.Command command) {
        return install(catalog.examples(), command);
    }

    @Override
    public Report installLibrary(String libraryCategory, boolean overwrite) {
        if (!LIBRARY_CATEGORIES.contains(libraryCategory)) {
            throw OrchestratorException.invalid("category", "category '" + libraryCategory
                    + "' is not one of the library's: " + String.join(", ", LIBRARY_CATEGORIES), LIBRARY_CATEGORIES);
        }
        Map<TemplateId, String> chosen = new LinkedHashMap<>();
        for (Source source : catalog.sources(Optional.of(TemplateCategory.BUILTIN))) {
            if (libraryCategory.equals(LIBRARY_CATEGORIES.get(0)) || libraryCategory.equals(metadataCategory(source))) {
                chosen.put(source.id(), source.text());
            }
        }
        return install(chosen, new InstallTemplatesUseCase.Command(LIBRARY_TARGET, overwrite));
    }

    private Report install(Map<TemplateId, String> documents, InstallTemplatesUseCase.Command command) {
        List<TemplateId> installed = new ArrayList<>();
        List<TemplateId> skipped = new ArrayList<>();
        List<Failure> failed = new ArrayList<>();
        documents.forEach((id, text) -> {
            if (!command.overwrite() && catalog.source(id, command.target()).isPresent()) {
                skipped.add(id);
                return;
            }
            try {
                catalog.write(id, command.target(), text, command.overwrite());
                installed.add(id);
            } catch (OrchestratorException refused) {
                if (refused.code() == ErrorCode.CONFLICT) {
                    skipped.add(id);
                } else {
                    failed.add(new Failure(id, refused.getMessage()));
                }
            }
        });
        return new Report(command.target(), catalog.locations().get(command.target()), installed, skipped, failed);
    }

    @Override
    public Status status() {
        List<Shipped> shippedLibrary = new ArrayList<>();
        for (Source source : catalog.sources(Optional.of(TemplateCategory.BUILTIN))) {
            shippedLibrary.add(shipped(source.id(), metadataCategory(source), source.text()));
        }
        List<Shipped> shippedExamples = new ArrayList<>();
        catalog.examples().forEach((id, text) -> shippedExamples.add(shipped(id, "example", text)));
        List<TemplateListing> all = library.listings(Optional.empty(), false);
        List<Place> places = new ArrayList<>();
        for (TemplateCategory category : TemplateCatalog.PRECEDENCE) {
            List<TemplateListing> here = all.stream().filter(listing -> listing.category() == category).toList();
            places.add(new Place(category, catalog.locations().get(category), here.size(),
                    (int) here.stream().filter(listing -> !listing.valid()).count()));
        }
        return new Status(shippedLibrary, shippedExamples, places);
    }

    private String metadataCategory(Source source) {
        try {
            return library.read(source).metadata().category();
        } catch (OrchestratorException unreadable) {
            return "unknown";
        }
    }

    private Shipped shipped(TemplateId id, String category, String shippedText) {
        List<TemplateCategory> installedIn = new ArrayList<>();
        List<TemplateCategory> modified = new ArrayList<>();
        for (TemplateCategory place : List.of(TemplateCategory.USER, TemplateCategory.SHARED)) {
            catalog.source(id, place).ifPresent(copy -> {
                installedIn.add(place);
                if (!copy.text().equals(shippedText)) {
                    modified.add(place);
                }
            });
        }
        return new Shipped(id, category, installedIn, modified);
    }
}

package dev.taskorchestrator.application.port.in;

import dev.taskorchestrator.domain.template.Template;
import dev.taskorchestrator.domain.template.TemplateCategory;
import dev.taskorchestrator.domain.template.TemplateId;
import java.util.List;
import java.util.Optional;

/** One template: its document as written, what it reads as, and what it is once its parents are merged. */
public interface ShowTemplateUseCase {

    /** The copy in force, or the one of {@code category}; an unreadable document is refused naming its fault. */
    View show(TemplateId id, Optional<TemplateCategory> category);

    /**
     * Like {@link #show}, but a document that does not read as a template is still returned as
     * written, its fault in the listing: the way to see what is wrong with a file.
     */
    View load(TemplateId id, Optional<TemplateCategory> category);

    /**
     * @param written the document as it reads, its own parameters and tasks only; absent when it does not read
     * @param merged the template with every parent it extends merged in: what instantiating uses
     * @param copies every copy of this id, the one shown among them
     */
    record View(TemplateListing listing, String text, Optional<Template> written, Optional<Template> merged,
            List<TemplateListing> copies) {
        public View {
            copies = List.copyOf(copies);
        }

        /** The document as it reads; {@link #show} always has it. */
        public Template template() {
            return written.orElseThrow(() -> new IllegalStateException("not a readable template: " + listing.id()));
        }

        /** The template merged with its parents; {@link #show} always has it. */
        public Template resolved() {
            return merged.orElseThrow(() -> new IllegalStateException("not a readable template: " + listing.id()));
        }
    }
}

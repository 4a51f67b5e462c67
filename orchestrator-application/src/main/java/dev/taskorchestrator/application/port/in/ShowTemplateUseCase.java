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
     * @param template the document as it reads, its own parameters and tasks only
     * @param resolved the template with every parent it extends merged in: what instantiating uses
     * @param copies every copy of this id, the one shown among them
     */
    record View(TemplateListing listing, String text, Template template, Template resolved,
            List<TemplateListing> copies) {
        public View {
            copies = List.copyOf(copies);
        }
    }
}

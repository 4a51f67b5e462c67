package dev.taskorchestrator.application.port.in;

import dev.taskorchestrator.domain.common.Checks;
import dev.taskorchestrator.domain.common.OrchestratorException;
import dev.taskorchestrator.domain.template.Template;
import dev.taskorchestrator.domain.template.TemplateCategory;
import dev.taskorchestrator.domain.template.TemplateId;
import java.util.List;

/** Stores a template document, as written, once it has been checked to instantiate. */
public interface SaveTemplateUseCase {

    Saved save(Command command);

    record Command(TemplateId id, String content, TemplateCategory category, boolean overwrite) {
        public static final TemplateCategory DEFAULT_CATEGORY = TemplateCategory.USER;

        public Command {
            Checks.required(id, "template_id");
            Checks.required(content, "template_content");
            Checks.required(category, "category");
            if (!category.writable()) {
                throw OrchestratorException.invalid("category", "built-in templates ship with the orchestrator and "
                        + "cannot be written; save in user or shared", List.of("user", "shared"));
            }
        }
    }

    /** @param replaced whether a document of the same id and category was there before */
    record Saved(TemplateListing listing, Template template, boolean replaced) {
    }
}

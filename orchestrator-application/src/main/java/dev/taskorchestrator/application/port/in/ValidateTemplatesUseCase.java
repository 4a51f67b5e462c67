package dev.taskorchestrator.application.port.in;

import dev.taskorchestrator.domain.template.Template;
import dev.taskorchestrator.domain.template.TemplateCategory;
import java.util.List;
import java.util.Optional;

/** Checks template documents without storing or creating anything. */
public interface ValidateTemplatesUseCase {

    /** Whether {@code content} is a template this catalog could store and instantiate. */
    Validation validate(String content);

    /** Every stored document (or those of one category), each read and merged with its parents. */
    List<TemplateListing> validateAll(Optional<TemplateCategory> category);

    /**
     * @param template the template as merged with its parents, when valid
     * @param field where the fault is, when invalid
     * @param problem what is wrong, when invalid
     */
    record Validation(Optional<Template> template, Optional<String> field, Optional<String> problem) {
        public boolean valid() {
            return problem.isEmpty();
        }
    }
}

package dev.taskorchestrator.application.port.in;

import dev.taskorchestrator.domain.template.TemplateCategory;
import dev.taskorchestrator.domain.template.TemplateId;
import java.util.List;
import java.util.Optional;

/** Removes a template document from the workspace's or the person's folder. */
public interface DeleteTemplateUseCase {

    /** The workspace's copy, unless a caller names the shared one. */
    TemplateCategory DEFAULT_CATEGORY = TemplateCategory.USER;

    /**
     * Refuses a built-in template ({@code illegal_state}) and an id with no document in that
     * category ({@code not_found}).
     */
    Deleted delete(TemplateId id, TemplateCategory category);

    /**
     * @param nowInForce the copy of the id that now applies, if another category has one
     * @param extendedBy templates that name this id as their parent
     */
    record Deleted(TemplateId id, TemplateCategory category, String location, Optional<TemplateListing> nowInForce,
            List<TemplateListing> extendedBy) {
        public Deleted {
            extendedBy = List.copyOf(extendedBy);
        }
    }
}

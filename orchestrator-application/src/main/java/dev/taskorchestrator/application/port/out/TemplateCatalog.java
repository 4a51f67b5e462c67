package dev.taskorchestrator.application.port.out;

import dev.taskorchestrator.domain.template.Template;
import dev.taskorchestrator.domain.template.TemplateCategory;
import dev.taskorchestrator.domain.template.TemplateId;
import java.util.List;
import java.util.Optional;

/**
 * The templates on offer: built-in ones (read-only), the workspace's and the user's shared ones.
 * When one id exists in several categories, the workspace's wins over the shared one, and both
 * over the built-in one.
 */
public interface TemplateCatalog {

    /** The template with this id, searching user, then shared, then built-in. */
    Optional<Template> find(TemplateId id);

    /** Every template, or those of one category, by id. */
    List<Template> list(Optional<TemplateCategory> category);

    /** Stores a template in its (writable) category, replacing one of the same id there. */
    void save(Template template);

    /** Removes a template from a writable category; false when there was none. */
    boolean delete(TemplateId id, TemplateCategory category);
}

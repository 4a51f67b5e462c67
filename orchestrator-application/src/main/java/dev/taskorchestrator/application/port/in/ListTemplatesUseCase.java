package dev.taskorchestrator.application.port.in;

import dev.taskorchestrator.domain.template.TemplateCategory;
import java.util.List;
import java.util.Optional;

/** Every template on offer (or those of one category), with which copy of an id is in force. */
public interface ListTemplatesUseCase {

    List<TemplateListing> list(Optional<TemplateCategory> category);
}

package dev.taskorchestrator.application.port.in;

import dev.taskorchestrator.domain.template.TemplateCategory;
import dev.taskorchestrator.domain.template.TemplateId;
import dev.taskorchestrator.domain.template.TemplateMetadata;
import java.util.Optional;

/**
 * One template document as a listing shows it: where it is, whether it is the one in force for
 * its id or which copy shadows it, and either its metadata or why it cannot be read.
 */
public record TemplateListing(TemplateId id, TemplateCategory category, String location,
        Optional<TemplateCategory> shadowedBy, Optional<TemplateMetadata> metadata, Optional<String> problem) {

    public boolean inForce() {
        return shadowedBy.isEmpty();
    }

    public boolean valid() {
        return problem.isEmpty();
    }
}

package dev.taskorchestrator.cli.command;

import dev.taskorchestrator.domain.template.TemplateCategory;
import dev.taskorchestrator.domain.template.TemplateId;
import java.util.Optional;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** Which template a reading command means: an id, and the copy of one place or else the one in force. */
final class TemplateSelection {

    @Field("template_id")
    @Parameters(paramLabel = "ID", completionCandidates = Choices.TemplateIds.class, description = "The template.")
    private TemplateId id;

    @Field("category")
    @Option(names = "--category", paramLabel = "PLACE", completionCandidates = Choices.TemplatePlaces.class,
            description = "This copy: builtin, user or shared. Default: the one in force.")
    private TemplateCategory category;

    TemplateId id() {
        return id;
    }

    Optional<TemplateCategory> category() {
        return Optional.ofNullable(category);
    }
}

package dev.taskorchestrator.cli.command;

import dev.taskorchestrator.application.port.in.DeleteTemplateUseCase;
import dev.taskorchestrator.domain.template.TemplateCategory;
import dev.taskorchestrator.domain.template.TemplateId;
import dev.taskorchestrator.wire.TemplateDocuments;
import dev.taskorchestrator.wire.TemplateTexts;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** Removes a template file; {@code uninstall} is the same, under the original system's name. */
@Command(name = "delete", aliases = "uninstall", mixinStandardHelpOptions = true,
        description = "Deletes a template file from the workspace (user) or your shared folder, and says which copy "
                + "of the id applies now. Built-in templates cannot be deleted.",
        footerHeading = "%nExamples:%n", footer = {"  orchestrator template delete my_release",
            "  orchestrator template uninstall bug_fix --category shared"})
public final class TemplateDeleteCommand implements Callable<Integer> {

    private final DeleteTemplateUseCase delete;
    private final Console console;

    @Spec
    private CommandSpec spec;

    @Field("template_id")
    @Parameters(paramLabel = "ID", completionCandidates = Choices.TemplateIds.class, description = "The template.")
    private TemplateId id;

    @Field("category")
    @Option(names = "--category", paramLabel = "PLACE", description = "user or shared. Default: user.")
    private TemplateCategory category = DeleteTemplateUseCase.DEFAULT_CATEGORY;

    public TemplateDeleteCommand(DeleteTemplateUseCase delete, Console console) {
        this.delete = delete;
        this.console = console;
    }

    @Override
    public Integer call() {
        DeleteTemplateUseCase.Deleted deleted = delete.delete(id, category);
        console.show(spec, TemplateDocuments.deleted(deleted), TemplateTexts.deleted(deleted));
        return 0;
    }
}

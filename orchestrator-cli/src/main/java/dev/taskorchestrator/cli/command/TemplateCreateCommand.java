package dev.taskorchestrator.cli.command;

import dev.taskorchestrator.application.port.in.SaveTemplateUseCase;
import dev.taskorchestrator.domain.template.TemplateCategory;
import dev.taskorchestrator.domain.template.TemplateDocument;
import dev.taskorchestrator.domain.template.TemplateId;
import dev.taskorchestrator.wire.TemplateDocuments;
import dev.taskorchestrator.wire.TemplateTexts;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** Saves a template file under an id, once it is checked. */
@Command(name = "create", mixinStandardHelpOptions = true,
        description = "Checks a JSON5 template file and saves it, as written, as ID.json5 in the workspace (user) or "
                + "your shared folder. An existing one is replaced only with --overwrite.",
        footerHeading = "%nExamples:%n", footer = {"  orchestrator template create my_release my_release.json5",
            "  orchestrator template create team_review review.json5 --category shared --overwrite"})
public final class TemplateCreateCommand implements Callable<Integer> {

    private final SaveTemplateUseCase save;
    private final Console console;

    @Spec
    private CommandSpec spec;

    @Field("template_id")
    @Parameters(index = "0", paramLabel = "ID", description = "The new template's id: a-z, 0-9, _ and -.")
    private TemplateId id;

    @Field("template_content")
    @Parameters(index = "1", paramLabel = "FILE", description = "The template file (- for stdin).")
    private String file;

    @Field("category")
    @Option(names = "--category", paramLabel = "PLACE", description = "user or shared. Default: user.")
    private TemplateCategory category = SaveTemplateUseCase.Command.DEFAULT_CATEGORY;

    @Option(names = "--overwrite", description = "Replace a template of the same id there.")
    private boolean overwrite;

    public TemplateCreateCommand(SaveTemplateUseCase save, Console console) {
        this.save = save;
        this.console = console;
    }

    @Override
    public Integer call() {
        SaveTemplateUseCase.Saved saved = save.save(new SaveTemplateUseCase.Command(id,
                console.read(file, "template_content", TemplateDocument.SIZE_MAX + 1), category, overwrite));
        console.show(spec, TemplateDocuments.saved(saved), TemplateTexts.saved(saved));
        return 0;
    }
}

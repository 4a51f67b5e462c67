package dev.taskorchestrator.cli.command;

import dev.taskorchestrator.application.port.in.TemplateListing;
import dev.taskorchestrator.application.port.in.ValidateTemplatesUseCase;
import dev.taskorchestrator.domain.template.TemplateCategory;
import dev.taskorchestrator.wire.TemplateDocuments;
import dev.taskorchestrator.wire.TemplateTexts;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** Every template read as instantiating would; a script sees any fault in the exit status. */
@Command(name = "validate-all", mixinStandardHelpOptions = true,
        description = {"Reads every template (or one place's) as instantiating would, extends chains included, and "
                + "reports the faulty ones.", "Exit status 0 when all are valid, 1 when any is not."},
        footerHeading = "%nExample:%n", footer = "  orchestrator template validate-all --category user")
public final class TemplateValidateAllCommand implements Callable<Integer> {

    private final ValidateTemplatesUseCase validate;
    private final Console console;

    @Spec
    private CommandSpec spec;

    @Field("category")
    @Option(names = "--category", paramLabel = "PLACE", completionCandidates = Choices.TemplatePlaces.class,
            description = "Only builtin, user or shared.")
    private TemplateCategory category;

    public TemplateValidateAllCommand(ValidateTemplatesUseCase validate, Console console) {
        this.validate = validate;
        this.console = console;
    }

    @Override
    public Integer call() {
        Optional<TemplateCategory> filter = Optional.ofNullable(category);
        List<TemplateListing> results = validate.validateAll(filter);
        console.show(spec, TemplateDocuments.validatedAll(results, filter), TemplateTexts.validatedAll(results));
        return results.stream().allMatch(TemplateListing::valid) ? 0 : 1;
    }
}

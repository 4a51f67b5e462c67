package dev.taskorchestrator.cli.command;

import dev.taskorchestrator.application.port.in.ValidateTemplatesUseCase;
import dev.taskorchestrator.domain.template.TemplateDocument;
import dev.taskorchestrator.wire.TemplateDocuments;
import dev.taskorchestrator.wire.TemplateTexts;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** Checks a template file without saving it; a script sees the verdict in the exit status. */
@Command(name = "validate", mixinStandardHelpOptions = true,
        description = {"Checks a JSON5 template file without saving it: syntax (with line and column), fields, "
                + "parameter rules, placeholders, dependencies, the templates it extends, size.",
            "Exit status 0 when valid, 1 when not."},
        footerHeading = "%nExamples:%n", footer = {"  orchestrator template validate my_release.json5",
            "  cat my_release.json5 | orchestrator template validate -"})
public final class TemplateValidateCommand implements Callable<Integer> {

    private final ValidateTemplatesUseCase validate;
    private final Console console;

    @Spec
    private CommandSpec spec;

    @Field("template_content")
    @Parameters(paramLabel = "FILE", description = "The template file (- for stdin).")
    private String file;

    public TemplateValidateCommand(ValidateTemplatesUseCase validate, Console console) {
        this.validate = validate;
        this.console = console;
    }

    @Override
    public Integer call() {
        ValidateTemplatesUseCase.Validation validation = validate.validate(console.read(file, "template_content", TemplateDocument.SIZE_MAX + 1));
        console.show(spec, TemplateDocuments.validated(validation), TemplateTexts.validated(validation));
        return validation.valid() ? 0 : 1;
    }
}

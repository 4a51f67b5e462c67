package dev.taskorchestrator.cli.command;

import dev.taskorchestrator.application.port.in.InstallTemplatesUseCase;
import dev.taskorchestrator.wire.TemplateDocuments;
import dev.taskorchestrator.wire.TemplateTexts;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** Where templates are kept and which shipped ones are installed. */
@Command(name = "status", mixinStandardHelpOptions = true,
        description = "Shows each template folder with its count, and which library templates and examples are "
                + "installed where, and whether the copies were changed.",
        footerHeading = "%nExample:%n", footer = "  orchestrator template status")
public final class TemplateStatusCommand implements Callable<Integer> {

    private final InstallTemplatesUseCase install;
    private final Console console;

    @Spec
    private CommandSpec spec;

    public TemplateStatusCommand(InstallTemplatesUseCase install, Console console) {
        this.install = install;
        this.console = console;
    }

    @Override
    public Integer call() {
        var status = install.status();
        console.show(spec, TemplateDocuments.status(status), TemplateTexts.status(status));
        return 0;
    }
}

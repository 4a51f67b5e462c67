package dev.taskorchestrator.cli.command;

import dev.taskorchestrator.application.port.in.ShowTemplateUseCase;
import dev.taskorchestrator.wire.TemplateDocuments;
import dev.taskorchestrator.wire.TemplateTexts;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Spec;

/** What a template asks for and what it plans. */
@Command(name = "info", mixinStandardHelpOptions = true,
        description = "Describes a template: its metadata, each parameter with its rules and default, an example "
                + "and how many tasks it plans, merged with any template it extends.",
        footerHeading = "%nExample:%n", footer = "  orchestrator template info release")
public final class TemplateInfoCommand implements Callable<Integer> {

    private final ShowTemplateUseCase show;
    private final Console console;

    @Spec
    private CommandSpec spec;

    @Mixin
    private TemplateSelection selection;

    public TemplateInfoCommand(ShowTemplateUseCase show, Console console) {
        this.show = show;
        this.console = console;
    }

    @Override
    public Integer call() {
        ShowTemplateUseCase.View view = show.show(selection.id(), selection.category());
        console.show(spec, TemplateDocuments.described(view), TemplateTexts.described(view));
        return 0;
    }
}

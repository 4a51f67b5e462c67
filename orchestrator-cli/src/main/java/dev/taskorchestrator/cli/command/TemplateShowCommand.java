package dev.taskorchestrator.cli.command;

import dev.taskorchestrator.application.port.in.ShowTemplateUseCase;
import dev.taskorchestrator.wire.TemplateDocuments;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Spec;

/** A template's document as written, ready to copy and change. */
@Command(name = "show", mixinStandardHelpOptions = true,
        description = "Prints a template's JSON5 document as written (the copy in force, or the one of --category): "
                + "a starting point for one of your own.",
        footerHeading = "%nExamples:%n", footer = {"  orchestrator template show bug_fix",
            "  orchestrator template show bug_fix --category builtin > my_fix.json5"})
public final class TemplateShowCommand implements Callable<Integer> {

    private final ShowTemplateUseCase show;
    private final Console console;

    @Spec
    private CommandSpec spec;

    @Mixin
    private TemplateSelection selection;

    public TemplateShowCommand(ShowTemplateUseCase show, Console console) {
        this.show = show;
        this.console = console;
    }

    @Override
    public Integer call() {
        ShowTemplateUseCase.View view = show.load(selection.id(), selection.category());
        console.show(spec, TemplateDocuments.loaded(view), (out, ansi) -> out.print(view.text().endsWith("\n")
                ? view.text() : view.text() + "\n"));
        return 0;
    }
}

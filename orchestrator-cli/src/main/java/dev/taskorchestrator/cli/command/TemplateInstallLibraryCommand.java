package dev.taskorchestrator.cli.command;

import dev.taskorchestrator.application.port.in.InstallTemplatesUseCase;
import dev.taskorchestrator.wire.TemplateDocuments;
import dev.taskorchestrator.wire.TemplateTexts;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** Copies the built-in library into the shared folder for editing. */
@Command(name = "install-library", mixinStandardHelpOptions = true,
        description = "Copies the built-in template library (or one category of it) into your shared folder, where "
                + "your copies override the built-in ones. Built-in templates work without this. Existing files are "
                + "kept unless --overwrite.",
        footerHeading = "%nExample:%n", footer = "  orchestrator template install-library --category development")
public final class TemplateInstallLibraryCommand implements Callable<Integer> {

    private final InstallTemplatesUseCase install;
    private final Console console;

    @Spec
    private CommandSpec spec;

    @Field("category")
    @Option(names = "--category", paramLabel = "CATEGORY", completionCandidates = Choices.LibraryCategories.class,
            description = "all, development, research, creative, business or self_development. Default: all.")
    private String category = InstallTemplatesUseCase.LIBRARY_CATEGORIES.get(0);

    @Option(names = "--overwrite", description = "Replace files already there.")
    private boolean overwrite;

    public TemplateInstallLibraryCommand(InstallTemplatesUseCase install, Console console) {
        this.install = install;
        this.console = console;
    }

    @Override
    public Integer call() {
        var report = install.installLibrary(category, overwrite);
        console.show(spec, TemplateDocuments.installed(report), TemplateTexts.installed(report));
        return report.failed().isEmpty() ? 0 : 1;
    }
}

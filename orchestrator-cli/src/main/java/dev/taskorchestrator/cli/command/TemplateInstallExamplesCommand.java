package dev.taskorchestrator.cli.command;

import dev.taskorchestrator.application.port.in.InstallTemplatesUseCase;
import dev.taskorchestrator.domain.template.TemplateCategory;
import dev.taskorchestrator.wire.TemplateDocuments;
import dev.taskorchestrator.wire.TemplateTexts;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** Copies the five examples of the format where people can read and change them. */
@Command(name = "install-examples", mixinStandardHelpOptions = true,
        description = "Copies the 5 example templates, written to teach the format (one of them extends another), "
                + "into your shared folder or the workspace. Existing files are kept unless --overwrite.",
        footerHeading = "%nExample:%n", footer = "  orchestrator template install-examples --category user")
public final class TemplateInstallExamplesCommand implements Callable<Integer> {

    private final InstallTemplatesUseCase install;
    private final Console console;

    @Spec
    private CommandSpec spec;

    @Field("category")
    @Option(names = "--category", paramLabel = "PLACE", description = "user or shared. Default: shared.")
    private TemplateCategory category = InstallTemplatesUseCase.Command.DEFAULT_TARGET;

    @Option(names = "--overwrite", description = "Replace files already there.")
    private boolean overwrite;

    public TemplateInstallExamplesCommand(InstallTemplatesUseCase install, Console console) {
        this.install = install;
        this.console = console;
    }

    @Override
    public Integer call() {
        var report = install.installExamples(new InstallTemplatesUseCase.Command(category, overwrite));
        console.show(spec, TemplateDocuments.installed(report), TemplateTexts.installed(report));
        return report.failed().isEmpty() ? 0 : 1;
    }
}

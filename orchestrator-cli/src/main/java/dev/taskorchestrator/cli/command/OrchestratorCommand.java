package dev.taskorchestrator.cli.command;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** The root command: with no subcommand it shows what it can do. */
@Command(name = "orchestrator",
        mixinStandardHelpOptions = true,
        versionProvider = ManifestVersion.class,
        description = "Plans work as a tree of tasks, runs each task in a specialist role and keeps the results.",
        footerHeading = "%nExample:%n",
        footer = "  orchestrator roles architect")
public final class OrchestratorCommand implements Callable<Integer> {

    @Spec
    private CommandSpec spec;

    @Override
    public Integer call() {
        spec.commandLine().usage(spec.commandLine().getOut());
        return 0;
    }
}

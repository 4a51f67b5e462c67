package dev.taskorchestrator.cli.command;

import java.util.concurrent.Callable;
import picocli.AutoComplete;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** Prints a completion script for bash and zsh. */
@Command(name = "completion", mixinStandardHelpOptions = true,
        description = "Prints a completion script for bash and zsh (every command, subcommand and option).",
        footerHeading = "%nExample:%n", footer = "  source <(orchestrator completion)")
public final class CompletionCommand implements Callable<Integer> {

    @Spec
    private CommandSpec spec;

    @Override
    public Integer call() {
        spec.commandLine().getOut().print(AutoComplete.bash("orchestrator", spec.root().commandLine()));
        spec.commandLine().getOut().flush();
        return 0;
    }
}

package dev.taskorchestrator.cli.command;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** The session commands; with no subcommand, their list. */
@Command(name = "session", mixinStandardHelpOptions = true,
        description = "Lists, shows, resumes and tidies the workspace sessions.",
        subcommands = {SessionListCommand.class, SessionShowCommand.class, SessionResumeCommand.class,
            SessionCleanupCommand.class},
        footerHeading = "%nExample:%n", footer = "  orchestrator session list --all")
public final class SessionCommand implements Callable<Integer> {

    @Spec
    private CommandSpec spec;

    @Override
    public Integer call() {
        spec.commandLine().usage(spec.commandLine().getOut());
        return 0;
    }
}

package dev.taskorchestrator.cli.command;

import picocli.CommandLine.Command;

/** The session commands; with no subcommand, their list. */
@Command(name = "session", mixinStandardHelpOptions = true,
        description = "Lists, shows, resumes and tidies the workspace sessions.",
        subcommands = {SessionListCommand.class, SessionShowCommand.class, SessionResumeCommand.class,
            SessionCleanupCommand.class},
        footerHeading = "%nExample:%n", footer = "  orchestrator session list --all")
public final class SessionCommand extends CommandGroup {
}

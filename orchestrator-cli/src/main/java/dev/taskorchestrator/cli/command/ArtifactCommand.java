package dev.taskorchestrator.cli.command;

import picocli.CommandLine.Command;

/** The artifact commands; with no subcommand, their list. */
@Command(name = "artifact", mixinStandardHelpOptions = true,
        description = "Shows the work tasks handed in.",
        subcommands = {ArtifactShowCommand.class},
        footerHeading = "%nExample:%n", footer = "  orchestrator artifact show artifact_01jq2m3n4p5r")
public final class ArtifactCommand extends CommandGroup {
}

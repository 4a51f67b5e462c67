package dev.taskorchestrator.cli.command.planted;

import picocli.CommandLine.Command;

/** Planted violation: a picocli command whose name does not say so. */
@Command(name = "roles")
public class Roles {
}

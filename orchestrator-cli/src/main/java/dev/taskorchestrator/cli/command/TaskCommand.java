package dev.taskorchestrator.cli.command;

import picocli.CommandLine.Command;

/** The task commands; with no subcommand, their list. */
@Command(name = "task", mixinStandardHelpOptions = true,
        description = "Finds, shows, runs and changes tasks.",
        subcommands = {TaskListCommand.class, TaskShowCommand.class, TaskTreeCommand.class, TaskUpdateCommand.class,
            TaskStartCommand.class, TaskCompleteCommand.class, TaskCancelCommand.class, TaskDeleteCommand.class,
            TaskNextCommand.class, TaskHistoryCommand.class, TaskPromptCommand.class},
        footerHeading = "%nExample:%n", footer = "  orchestrator task list --status pending")
public final class TaskCommand extends CommandGroup {
}

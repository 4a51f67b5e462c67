package dev.taskorchestrator.cli.command;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** The task commands; with no subcommand, their list. */
@Command(name = "task", mixinStandardHelpOptions = true,
        description = "Finds, shows, runs and changes tasks.",
        subcommands = {TaskListCommand.class, TaskShowCommand.class, TaskTreeCommand.class, TaskUpdateCommand.class,
            TaskStartCommand.class, TaskCompleteCommand.class, TaskCancelCommand.class, TaskDeleteCommand.class,
            TaskNextCommand.class, TaskHistoryCommand.class},
        footerHeading = "%nExample:%n", footer = "  orchestrator task list --status pending")
public final class TaskCommand implements Callable<Integer> {

    @Spec
    private CommandSpec spec;

    @Override
    public Integer call() {
        spec.commandLine().usage(spec.commandLine().getOut());
        return 0;
    }
}

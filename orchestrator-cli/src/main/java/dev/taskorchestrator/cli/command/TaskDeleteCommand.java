package dev.taskorchestrator.cli.command;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** Archives (by default) or deletes a task and its subtasks. */
@Command(name = "delete", mixinStandardHelpOptions = true,
        description = "Archives a task and its subtasks (history and artifacts are kept), or with --purge deletes "
                + "them for good. Refused while other tasks depend on them, unless --force.",
        footerHeading = "%nExample:%n", footer = "  orchestrator task delete task_01jq2m3n4p5r --purge")
public final class TaskDeleteCommand implements Callable<Integer> {

    private final Console console;

    @Spec
    private CommandSpec spec;

    @Parameters(paramLabel = "TASK_ID", description = "The task.")
    private String taskId;

    @Option(names = "--force", description = "Go ahead although other tasks depend on it.")
    private boolean force;

    @Option(names = "--purge", description = "Delete for good instead of archiving.")
    private boolean purge;

    public TaskDeleteCommand(Console console) {
        this.console = console;
    }

    @Override
    public Integer call() {
        console.show(spec, console.client().call("orchestrator_delete_task", ToolArgs.of().put("task_id", taskId)
                .flag("force", force).put("archive_instead", purge ? Boolean.FALSE : null).map()));
        return 0;
    }
}

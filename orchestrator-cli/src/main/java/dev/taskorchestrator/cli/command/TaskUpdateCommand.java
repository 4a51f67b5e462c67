package dev.taskorchestrator.cli.command;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** Changes a task's fields, status or dependencies. */
@Command(name = "update", mixinStandardHelpOptions = true,
        description = "Changes a task's fields, moves it to another status (allowed moves only), or adds and removes "
                + "dependencies. --if-version applies the change only if nobody changed the task since.",
        footerHeading = "%nExamples:%n",
        footer = {"  orchestrator task update task_01jq2m3n4p5r --priority high --specialist reviewer",
            "  orchestrator task update task_01jq2m3n4p5r --status blocked --reason \"waiting for the API key\""})
public final class TaskUpdateCommand implements Callable<Integer> {

    private final Console console;

    @Spec
    private CommandSpec spec;

    @Parameters(paramLabel = "TASK_ID", description = "The task.")
    private String taskId;

    @Option(names = "--title", paramLabel = "TEXT")
    private String title;

    @Option(names = "--description", paramLabel = "TEXT")
    private String description;

    @Option(names = "--type", paramLabel = "TYPE")
    private String type;

    @Option(names = "--specialist", paramLabel = "ROLE")
    private String specialist;

    @Option(names = "--complexity", paramLabel = "LEVEL")
    private String complexity;

    @Option(names = "--priority", paramLabel = "PRIORITY")
    private String priority;

    @Option(names = "--effort", paramLabel = "TEXT", description = "Estimated effort, e.g. 2h.")
    private String effort;

    @Option(names = "--due", paramLabel = "DATE", description = "YYYY-MM-DD or an ISO-8601 date-time.")
    private String due;

    @Option(names = "--status", paramLabel = "STATUS")
    private String status;

    @Option(names = "--reason", paramLabel = "TEXT", description = "Why, kept in the history.")
    private String reason;

    @Option(names = "--add-dependency", paramLabel = "TASK_ID", description = "Wait for this task (repeatable).")
    private List<String> add = new ArrayList<>();

    @Option(names = "--remove-dependency", paramLabel = "TASK_ID", description = "Stop waiting for it (repeatable).")
    private List<String> remove = new ArrayList<>();

    @Option(names = "--if-version", paramLabel = "N", description = "Apply only if the task is still at this "
            + "version (see task show).")
    private Long version;

    public TaskUpdateCommand(Console console) {
        this.console = console;
    }

    @Override
    public Integer call() {
        console.show(spec, console.client().call("orchestrator_update_task", ToolArgs.of().put("task_id", taskId)
                .put("version", version).put("title", title).put("description", description).put("task_type", type)
                .put("specialist_type", specialist).put("complexity", complexity).put("priority", priority)
                .put("estimated_effort", effort).put("due_date", due).put("status", status).put("reason", reason)
                .put("add_dependencies", add).put("remove_dependencies", remove).map()));
        return 0;
    }
}

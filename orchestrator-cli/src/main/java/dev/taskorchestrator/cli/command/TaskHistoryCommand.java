package dev.taskorchestrator.cli.command;

import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** A task's history, oldest first. */
@Command(name = "history", mixinStandardHelpOptions = true,
        description = "Shows what happened to a task, oldest first: created, claimed, completed, …",
        footerHeading = "%nExample:%n", footer = "  orchestrator task history task_01jq2m3n4p5r")
public final class TaskHistoryCommand implements Callable<Integer> {

    private final Console console;

    @Spec
    private CommandSpec spec;

    @Parameters(paramLabel = "TASK_ID", description = "The task.")
    private String taskId;

    public TaskHistoryCommand(Console console) {
        this.console = console;
    }

    @Override
    @SuppressWarnings("unchecked")
    public Integer call() {
        Map<String, Object> history = console.client().read(Resources.history(taskId));
        console.show(spec, history, (out, ansi) -> new Table().column("AT", "at").column("EVENT", "type")
                .column("BY", row -> String.valueOf(row.getOrDefault("actor", "-")), false).column("DETAIL", "detail")
                .print(out, ansi, (List<Map<String, Object>>) history.get("events")));
        return 0;
    }
}

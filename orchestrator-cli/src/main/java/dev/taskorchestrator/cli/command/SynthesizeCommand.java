package dev.taskorchestrator.cli.command;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** A plan's results as one Markdown report. */
@Command(name = "synthesize", mixinStandardHelpOptions = true,
        description = "Prints the results of a task's subtasks as one Markdown report, grouped by specialist.",
        footerHeading = "%nExample:%n", footer = "  orchestrator synthesize task_01jq2m3n4p5r > report.md")
public final class SynthesizeCommand implements Callable<Integer> {

    private final Console console;

    @Spec
    private CommandSpec spec;

    @Parameters(paramLabel = "TASK_ID", description = "The plan's root task.")
    private String taskId;

    public SynthesizeCommand(Console console) {
        this.console = console;
    }

    @Override
    public Integer call() {
        console.show(spec, console.client().call("orchestrator_synthesize_results", ToolArgs.of()
                .put("parent_task_id", taskId).map()));
        return 0;
    }
}

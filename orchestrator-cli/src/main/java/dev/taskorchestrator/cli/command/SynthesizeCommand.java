package dev.taskorchestrator.cli.command;

import dev.taskorchestrator.application.port.in.SynthesizeResultsUseCase;
import dev.taskorchestrator.domain.task.TaskId;
import dev.taskorchestrator.wire.TaskDocuments;
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

    private final SynthesizeResultsUseCase synthesizeResults;
    private final Console console;

    @Spec
    private CommandSpec spec;

    @Field("parent_task_id")
    @Parameters(paramLabel = "TASK_ID", description = "The plan's root task.")
    private TaskId taskId;

    public SynthesizeCommand(SynthesizeResultsUseCase synthesizeResults, Console console) {
        this.synthesizeResults = synthesizeResults;
        this.console = console;
    }

    @Override
    public Integer call() {
        var report = synthesizeResults.synthesize(taskId);
        console.show(spec, TaskDocuments.synthesis(report), report.markdown());
        return 0;
    }
}

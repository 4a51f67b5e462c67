package dev.taskorchestrator.mcp.tool;

import static dev.taskorchestrator.mcp.wire.Shapes.ARRAY;
import static dev.taskorchestrator.mcp.wire.Shapes.INTEGER;
import static dev.taskorchestrator.mcp.wire.Shapes.OBJECT;

import dev.taskorchestrator.application.service.Orchestrator;
import dev.taskorchestrator.mcp.tool.ToolDescriptor.Hints;
import dev.taskorchestrator.mcp.wire.Shapes;
import dev.taskorchestrator.wire.TaskDocuments;
import dev.taskorchestrator.wire.input.Arguments;
import dev.taskorchestrator.wire.input.Param;
import dev.taskorchestrator.wire.input.Params;
import dev.taskorchestrator.wire.input.ToolInput;
import java.util.function.Supplier;

/** Gathers the results of a plan's subtasks into one report. */
final class SynthesizeResultsTool extends UseCaseTool {

    private static final ToolDescriptor DESCRIPTOR = new ToolDescriptor("orchestrator_synthesize_results",
            "Report a plan's results",
            "Gathers a task's subtasks' results into one Markdown report grouped by specialist: status, summary, "
                    + "artifacts, counts, success rate, duration. For a finished plan or one in progress.",
            ToolInput.of(Param.text("parent_task_id", Params.ID_MAX, "The task whose subtasks to report.")
                    .asRequired()),
            Shapes.reply("parent", OBJECT, "sections", ARRAY, "total", INTEGER, "completed", INTEGER, "failed", INTEGER,
                    "cancelled", INTEGER, "open", INTEGER, "success_rate", INTEGER, "duration_minutes?", INTEGER),
            Hints.READ_ONLY);

    SynthesizeResultsTool(Supplier<Orchestrator> orchestrator) {
        super(DESCRIPTOR, orchestrator);
    }

    @Override
    public ToolReply call(Arguments arguments, Caller caller) {
        var report = orchestrator().synthesizeResults(arguments.requiredTaskId("parent_task_id"));
        var reply = ToolReply.of(TaskDocuments.synthesis(report));
        if (report.open() > 0) {
            reply.next(report.open() + " subtask(s) still open: orchestrator_next_task");
        } else {
            reply.next("Close the plan: orchestrator_complete_task on " + report.parent().id()
                    + " with this report as detailed_work");
        }
        return reply.text(report.markdown());
    }

}

package dev.taskorchestrator.mcp.tool;

import static dev.taskorchestrator.mcp.wire.Shapes.ARRAY;
import static dev.taskorchestrator.mcp.wire.Shapes.INTEGER;
import static dev.taskorchestrator.mcp.wire.Shapes.OBJECT;

import dev.taskorchestrator.application.port.in.SynthesizeResultsUseCase;
import dev.taskorchestrator.application.service.Orchestrator;
import dev.taskorchestrator.domain.artifact.ArtifactMetadata;
import dev.taskorchestrator.mcp.input.Arguments;
import dev.taskorchestrator.mcp.input.Param;
import dev.taskorchestrator.mcp.input.ToolInput;
import dev.taskorchestrator.mcp.tool.ToolDescriptor.Hints;
import dev.taskorchestrator.mcp.wire.Rows;
import dev.taskorchestrator.mcp.wire.Shapes;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Supplier;

/** Gathers the results of a plan's subtasks into one report. */
final class SynthesizeResultsTool extends UseCaseTool {

    private static final ToolDescriptor DESCRIPTOR = new ToolDescriptor("orchestrator_synthesize_results",
            "Report a plan's results",
            "Gathers the results of a task's subtasks into one report grouped by specialist: each subtask's "
                    + "status, summary and artifacts, with counts, success rate and duration. The text is the "
                    + "report in Markdown. Use it when a plan is done, or to review one in progress.",
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
        var reply = ToolReply.with("parent", Rows.compact(report.parent()))
                .put("sections", report.sections().stream().map(SynthesizeResultsTool::section).toList())
                .put("total", report.total())
                .put("completed", report.completed())
                .put("failed", report.failed())
                .put("cancelled", report.cancelled())
                .put("open", report.open())
                .put("success_rate", report.successRate())
                .put("duration_minutes", report.duration().map(d -> d.toMinutes()));
        if (report.open() > 0) {
            reply.next(report.open() + " subtask(s) still open: orchestrator_next_task");
        } else {
            reply.next("Close the plan: orchestrator_complete_task on " + report.parent().id()
                    + " with this report as detailed_work");
        }
        return reply.text(report.markdown());
    }

    private static Map<String, Object> section(SynthesizeResultsUseCase.Section section) {
        Map<String, Object> row = new LinkedHashMap<>();
        row.put("specialist_type", section.specialistType());
        row.put("outcomes", section.outcomes().stream().map(outcome -> {
            Map<String, Object> item = Rows.compact(outcome.task());
            outcome.task().data().summary().ifPresent(summary -> item.put("summary", summary));
            item.put("artifacts", outcome.artifacts().stream().map(ArtifactMetadata::id).map(id -> id.value()).toList());
            return item;
        }).toList());
        return row;
    }
}

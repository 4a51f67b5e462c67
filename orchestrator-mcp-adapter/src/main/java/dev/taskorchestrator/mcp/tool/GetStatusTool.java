package dev.taskorchestrator.mcp.tool;

import static dev.taskorchestrator.mcp.wire.Shapes.INTEGER;
import static dev.taskorchestrator.mcp.wire.Shapes.OBJECT;

import dev.taskorchestrator.application.port.in.GetStatusUseCase;
import dev.taskorchestrator.application.service.Orchestrator;
import dev.taskorchestrator.domain.task.TaskStatus;
import dev.taskorchestrator.mcp.tool.ToolDescriptor.Hints;
import dev.taskorchestrator.mcp.wire.Shapes;
import dev.taskorchestrator.wire.TaskDocuments;
import dev.taskorchestrator.wire.TaskTexts;
import dev.taskorchestrator.wire.input.Arguments;
import dev.taskorchestrator.wire.input.Param;
import dev.taskorchestrator.wire.input.Params;
import dev.taskorchestrator.wire.input.ToolInput;
import java.util.function.Supplier;

/** Counts tasks by status and lists the first few of each. */
final class GetStatusTool extends UseCaseTool {

    private static final ToolDescriptor DESCRIPTOR = new ToolDescriptor("orchestrator_get_status",
            "Show where the work stands",
            "Counts tasks by status and lists the first few in progress, pending, blocked and failed "
                    + "(and completed with include_completed), for the workspace or one session. Start here after "
                    + "a restart.",
            ToolInput.of(Param.text("session_id", Params.ID_MAX, "Only this session's tasks. Default: all."),
                    Param.flag("include_completed", "Also list completed tasks. Default: false."),
                    Param.integer("limit", 1, GetStatusUseCase.Query.MAX_LIMIT, "Tasks listed per status. Default: "
                            + GetStatusUseCase.Query.DEFAULT_LIMIT + ".")),
            Shapes.reply("counts", OBJECT, "total", INTEGER, "tasks", OBJECT),
            Hints.READ_ONLY);

    GetStatusTool(Supplier<Orchestrator> orchestrator) {
        super(DESCRIPTOR, orchestrator);
    }

    @Override
    public ToolReply call(Arguments arguments, Caller caller) {
        var report = orchestrator().getStatus(new GetStatusUseCase.Query(arguments.sessionId("session_id"),
                arguments.flag("include_completed", false),
                arguments.integer("limit", GetStatusUseCase.Query.DEFAULT_LIMIT)));
        var reply = ToolReply.of(TaskDocuments.status(report));
        if (report.counts().getOrDefault(TaskStatus.PENDING, 0L) > 0) {
            reply.next("Take the next ready task: orchestrator_next_task with claim true");
        }
        if (report.total() == 0) {
            reply.next("Nothing planned yet: orchestrator_plan_task");
        }
        reply.next("Find particular tasks: orchestrator_query_tasks");
        return reply.text(TaskTexts.status(report));
    }
}

package dev.taskorchestrator.mcp.tool;

import static dev.taskorchestrator.mcp.wire.Shapes.ARRAY;
import static dev.taskorchestrator.mcp.wire.Shapes.INTEGER;
import static dev.taskorchestrator.mcp.wire.Shapes.OBJECT;
import static dev.taskorchestrator.mcp.wire.Shapes.STRING;

import dev.taskorchestrator.application.port.in.CancelTaskUseCase;
import dev.taskorchestrator.application.service.Orchestrator;
import dev.taskorchestrator.domain.common.Limits;
import dev.taskorchestrator.mcp.tool.ToolDescriptor.Hints;
import dev.taskorchestrator.mcp.wire.Shapes;
import dev.taskorchestrator.wire.TaskDocuments;
import dev.taskorchestrator.wire.TaskTexts;
import dev.taskorchestrator.wire.input.Arguments;
import dev.taskorchestrator.wire.input.Param;
import dev.taskorchestrator.wire.input.Params;
import dev.taskorchestrator.wire.input.ToolInput;
import java.util.function.Supplier;

/** Cancels a task and its open subtasks. */
final class CancelTaskTool extends UseCaseTool {

    private static final ToolDescriptor DESCRIPTOR = new ToolDescriptor("orchestrator_cancel_task", "Cancel a task",
            "Cancels a task no longer wanted, with its open subtasks. Artifacts are kept unless preserve_work "
                    + "is false; tasks that depended on it get a note. Completed or archived tasks cannot be.",
            ToolInput.of(Params.TASK_ID,
                    Param.text("reason", Limits.REASON_MAX, "Why, kept in the history."),
                    Param.flag("preserve_work", "Keep the task's artifacts. Default: "
                            + CancelTaskUseCase.Command.DEFAULT_PRESERVE_WORK + ".")),
            Shapes.reply("task", OBJECT, "previous_status", STRING, "cancelled_subtasks", ARRAY,
                    "notified_dependents", ARRAY, "artifacts_kept", INTEGER, "artifacts_removed", INTEGER),
            Hints.DESTROYS);

    CancelTaskTool(Supplier<Orchestrator> orchestrator) {
        super(DESCRIPTOR, orchestrator);
    }

    @Override
    public ToolReply call(Arguments arguments, Caller caller) {
        var result = orchestrator().cancelTask(new CancelTaskUseCase.Command(arguments.requiredTaskId("task_id"),
                arguments.text("reason").orElse(null), arguments.flag("preserve_work", CancelTaskUseCase.Command.DEFAULT_PRESERVE_WORK),
                caller.actor(), false));
        var reply = ToolReply.of(TaskDocuments.cancelled(result));
        if (!result.notifiedDependents().isEmpty()) {
            reply.next("Tasks waiting on it will not become ready: update or cancel them (orchestrator_update_task "
                    + "with remove_dependencies)");
        }
        return reply.next("See what is left: orchestrator_get_status")
                .text(TaskTexts.cancelled(result));
    }
}

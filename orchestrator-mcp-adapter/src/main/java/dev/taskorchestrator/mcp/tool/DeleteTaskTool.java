package dev.taskorchestrator.mcp.tool;

import static dev.taskorchestrator.mcp.wire.Shapes.ARRAY;
import static dev.taskorchestrator.mcp.wire.Shapes.STRING;

import dev.taskorchestrator.application.port.in.DeleteTaskUseCase;
import dev.taskorchestrator.application.service.Orchestrator;
import dev.taskorchestrator.mcp.tool.ToolDescriptor.Hints;
import dev.taskorchestrator.mcp.wire.Shapes;
import dev.taskorchestrator.wire.TaskDocuments;
import dev.taskorchestrator.wire.TaskTexts;
import dev.taskorchestrator.wire.input.Arguments;
import dev.taskorchestrator.wire.input.Param;
import dev.taskorchestrator.wire.input.Params;
import dev.taskorchestrator.wire.input.ToolInput;
import java.util.function.Supplier;

/** Archives (by default) or deletes a task and its subtasks. */
final class DeleteTaskTool extends UseCaseTool {

    private static final ToolDescriptor DESCRIPTOR = new ToolDescriptor("orchestrator_delete_task",
            "Archive or delete a task",
            "Archives a task and its subtasks (the default: history and artifacts are kept), or deletes them "
                    + "for good with archive_instead false. Refused while other tasks depend on them, naming those "
                    + "tasks, unless force is true, which also removes those dependencies.",
            ToolInput.of(Params.TASK_ID,
                    Param.flag("force", "Go ahead although other tasks depend on it. Default: false."),
                    Param.flag("archive_instead", "Archive rather than delete for good. Default: true.")),
            Shapes.reply("task_id", STRING, "action", STRING, "affected", ARRAY, "released_dependents", ARRAY),
            Hints.DESTROYS);

    DeleteTaskTool(Supplier<Orchestrator> orchestrator) {
        super(DESCRIPTOR, orchestrator);
    }

    @Override
    public ToolReply call(Arguments arguments, Caller caller) {
        var result = orchestrator().deleteTask(new DeleteTaskUseCase.Command(arguments.requiredTaskId("task_id"),
                arguments.flag("force", DeleteTaskUseCase.Command.DEFAULT_FORCE),
                arguments.flag("archive_instead", DeleteTaskUseCase.Command.DEFAULT_ARCHIVE), caller.actor(), false));
        return ToolReply.of(TaskDocuments.deleted(result))
                .next("See what is left: orchestrator_get_status")
                .text(TaskTexts.deleted(result));
    }
}

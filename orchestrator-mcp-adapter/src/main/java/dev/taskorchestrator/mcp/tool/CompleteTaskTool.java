package dev.taskorchestrator.mcp.tool;

import static dev.taskorchestrator.mcp.wire.Shapes.ARRAY;
import static dev.taskorchestrator.mcp.wire.Shapes.OBJECT;

import dev.taskorchestrator.application.port.in.CompleteTaskUseCase.Command;
import dev.taskorchestrator.application.service.Orchestrator;
import dev.taskorchestrator.domain.artifact.ArtifactType;
import dev.taskorchestrator.domain.common.Limits;
import dev.taskorchestrator.domain.common.WireValues;
import dev.taskorchestrator.domain.task.NextAction;
import dev.taskorchestrator.mcp.tool.ToolDescriptor.Hints;
import dev.taskorchestrator.mcp.wire.Shapes;
import dev.taskorchestrator.wire.TaskDocuments;
import dev.taskorchestrator.wire.TaskTexts;
import dev.taskorchestrator.wire.input.Arguments;
import dev.taskorchestrator.wire.input.Param;
import dev.taskorchestrator.wire.input.Params;
import dev.taskorchestrator.wire.input.ToolInput;
import java.util.Optional;
import java.util.function.Supplier;

/** Hands in a task's work: the detailed work becomes an artifact, only the summary stays in the chat. */
final class CompleteTaskTool extends UseCaseTool {

    private static final ToolDescriptor DESCRIPTOR = new ToolDescriptor("orchestrator_complete_task",
            "Hand in a task's work",
            "Completes a task you executed. Put the full work in detailed_work (kept as an artifact, out "
                    + "of the chat); summary is what others see. file_paths: files you changed, relative to the "
                    + "workspace. next_action needs_revision keeps it in progress, blocked blocks it. Replies with "
                    + "the parent's progress and the next ready task.",
            ToolInput.of(Params.TASK_ID,
                    Param.text("summary", Limits.SUMMARY_MAX, "What was done, in a few sentences.").asRequired(),
                    Param.text("detailed_work", Limits.ARTIFACT_CONTENT_MAX, "The full work: code, analysis, "
                            + "documentation (up to " + String.format(java.util.Locale.ROOT, "%,d",
                                    Limits.ARTIFACT_CONTENT_MAX) + " characters).").asRequired(),
                    Param.oneOf("next_action", WireValues.allowed(NextAction.class),
                            "Default: " + Command.DEFAULT_NEXT_ACTION.wire() + "."),
                    Param.oneOf("artifact_type", WireValues.allowed(ArtifactType.class),
                            "Default: " + Command.DEFAULT_ARTIFACT_TYPE.wire() + "."),
                    Param.text("artifact_name", Limits.SHORT_TEXT_MAX, "A name for the artifact."),
                    Param.texts("file_paths", Limits.FILE_PATHS_MAX, "Files created or changed, in the workspace."),
                    Params.AGENT),
            Shapes.reply("task", OBJECT, "artifact", OBJECT, "parent_progress?", OBJECT, "auto_completed", ARRAY,
                    "unblocked", ARRAY, "next_task?", OBJECT),
            Hints.CHANGES);

    CompleteTaskTool(Supplier<Orchestrator> orchestrator) {
        super(DESCRIPTOR, orchestrator);
    }

    @Override
    public ToolReply call(Arguments arguments, Caller caller) {
        var result = orchestrator().completeTask(new Command(arguments.requiredTaskId("task_id"),
                arguments.requiredText("summary"), arguments.requiredText("detailed_work"),
                arguments.choice("artifact_type", ArtifactType.class).orElse(Command.DEFAULT_ARTIFACT_TYPE),
                arguments.text("artifact_name"), arguments.texts("file_paths"),
                arguments.choice("next_action", NextAction.class).orElse(Command.DEFAULT_NEXT_ACTION),
                caller.actor(arguments.text("agent")), false, Optional.of(caller.workspace())));
        var reply = ToolReply.of(TaskDocuments.completed(result));
        result.nextTask().ifPresentOrElse(
                next -> reply.next("Next ready task: orchestrator_execute_task with task_id " + next.id()),
                () -> reply.next("No task is ready: check orchestrator_get_status"));
        result.task().parentId().ifPresent(parent -> reply.next("When the plan is done: "
                + "orchestrator_synthesize_results with parent_task_id " + parent));
        return reply.text(TaskTexts.completed(result));
    }
}

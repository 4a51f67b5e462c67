package dev.taskorchestrator.mcp.tool;

import static dev.taskorchestrator.mcp.wire.Shapes.ARRAY;
import static dev.taskorchestrator.mcp.wire.Shapes.BOOLEAN;
import static dev.taskorchestrator.mcp.wire.Shapes.OBJECT;

import dev.taskorchestrator.application.port.in.InitializeSessionUseCase;
import dev.taskorchestrator.application.service.Orchestrator;
import dev.taskorchestrator.domain.common.Limits;
import dev.taskorchestrator.mcp.tool.ToolDescriptor.Hints;
import dev.taskorchestrator.mcp.wire.Shapes;
import dev.taskorchestrator.wire.SessionDocuments;
import dev.taskorchestrator.wire.SessionTexts;
import dev.taskorchestrator.wire.input.Arguments;
import dev.taskorchestrator.wire.input.Param;
import dev.taskorchestrator.wire.input.ToolInput;
import java.util.function.Supplier;

/** Opens (or resumes) the workspace's session, binds this connection to it, and teaches the workflow. */
final class InitializeSessionTool extends UseCaseTool {

    private static final ToolDescriptor DESCRIPTOR = new ToolDescriptor("orchestrator_initialize_session",
            "Start or resume the workspace session",
            "Call this first. Opens (or resumes) the workspace's session, binds this connection to it, and returns "
                    + "the workflow (plan, execute, complete, synthesize) and the specialist roles. Safe to repeat.",
            ToolInput.of(
                    Param.text("working_directory", 4096, "The workspace path. Default: the server's workspace."),
                    Param.text("name", Limits.SHORT_TEXT_MAX, "A name for a new session. Default: the folder's name.")),
            Shapes.reply("session", OBJECT, "resumed", BOOLEAN, "workflow", ARRAY, "specialist_roles", ARRAY),
            Hints.CHANGES_IDEMPOTENT);

    InitializeSessionTool(Supplier<Orchestrator> orchestrator) {
        super(DESCRIPTOR, orchestrator);
    }

    @Override
    public ToolReply call(Arguments arguments, Caller caller) {
        var started = orchestrator().initializeSession(new InitializeSessionUseCase.Command(
                arguments.text("working_directory").orElse(caller.workspace()), arguments.text("name")));
        return ToolReply.of(SessionDocuments.started(started))
                .next("Break the job into tasks and store them in one call: orchestrator_plan_task with subtasks")
                .next("Or pick up where you left off: orchestrator_get_status, then orchestrator_next_task")
                .text(SessionTexts.started(started));
    }
}

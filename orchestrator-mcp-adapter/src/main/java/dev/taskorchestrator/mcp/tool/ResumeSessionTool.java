package dev.taskorchestrator.mcp.tool;

import static dev.taskorchestrator.mcp.wire.Shapes.OBJECT;

import dev.taskorchestrator.application.port.in.SessionDetails;
import dev.taskorchestrator.application.service.Orchestrator;
import dev.taskorchestrator.mcp.tool.ToolDescriptor.Hints;
import dev.taskorchestrator.mcp.wire.Shapes;
import dev.taskorchestrator.wire.SessionDocuments;
import dev.taskorchestrator.wire.SessionTexts;
import dev.taskorchestrator.wire.input.Arguments;
import dev.taskorchestrator.wire.input.Params;
import dev.taskorchestrator.wire.input.ToolInput;
import java.util.function.Supplier;

/** Makes a session active again and binds this connection to it. */
final class ResumeSessionTool extends UseCaseTool {

    private static final ToolDescriptor DESCRIPTOR = new ToolDescriptor("orchestrator_resume_session",
            "Resume a session",
            "Makes a paused or completed session active again and binds this connection to it, so new plans "
                    + "land in it. Takes the session_id exactly as orchestrator_list_sessions gives it.",
            ToolInput.of(Params.SESSION_ID.asRequired()),
            Shapes.reply("session", OBJECT),
            Hints.CHANGES_IDEMPOTENT);

    ResumeSessionTool(Supplier<Orchestrator> orchestrator) {
        super(DESCRIPTOR, orchestrator);
    }

    @Override
    public ToolReply call(Arguments arguments, Caller caller) {
        SessionDetails resumed = orchestrator().resumeSession(arguments.sessionId("session_id").orElseThrow());
        return ToolReply.of(SessionDocuments.session(resumed))
                .next("See where it stands: orchestrator_get_status")
                .next("Take the next ready task: orchestrator_next_task with claim true")
                .text(SessionTexts.resumed(resumed));
    }
}

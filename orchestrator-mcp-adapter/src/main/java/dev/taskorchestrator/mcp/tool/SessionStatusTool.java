package dev.taskorchestrator.mcp.tool;

import static dev.taskorchestrator.mcp.wire.Shapes.OBJECT;

import dev.taskorchestrator.application.port.in.SessionDetails;
import dev.taskorchestrator.application.port.in.SessionStatusUseCase;
import dev.taskorchestrator.application.service.Orchestrator;
import dev.taskorchestrator.mcp.tool.ToolDescriptor.Hints;
import dev.taskorchestrator.mcp.wire.Shapes;
import dev.taskorchestrator.wire.SessionDocuments;
import dev.taskorchestrator.wire.SessionTexts;
import dev.taskorchestrator.wire.input.Arguments;
import dev.taskorchestrator.wire.input.Params;
import dev.taskorchestrator.wire.input.ToolInput;
import java.util.Optional;
import java.util.function.Supplier;

/** One session in detail. */
final class SessionStatusTool extends UseCaseTool {

    private static final ToolDescriptor DESCRIPTOR = new ToolDescriptor("orchestrator_session_status",
            "Show one session",
            "Shows one session: its workspace, status, timestamps and how many of its tasks are in each status. "
                    + "Without session_id, shows the session this connection is bound to.",
            ToolInput.of(Params.WORKSPACE_SESSION_ID),
            Shapes.reply("session", OBJECT),
            Hints.READ_ONLY);

    SessionStatusTool(Supplier<Orchestrator> orchestrator) {
        super(DESCRIPTOR, orchestrator);
    }

    @Override
    public ToolReply call(Arguments arguments, Caller caller) {
        SessionDetails details = orchestrator().sessionStatus(new SessionStatusUseCase.Query(
                arguments.sessionId("session_id"), Optional.of(caller.workspace())));
        return ToolReply.of(SessionDocuments.session(details))
                .next("List its tasks: orchestrator_query_tasks with session_id")
                .next("Take the next ready task: orchestrator_next_task")
                .text(SessionTexts.session(details));
    }
}

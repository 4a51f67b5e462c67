package dev.taskorchestrator.mcp.tool;

import static dev.taskorchestrator.mcp.wire.Shapes.ARRAY;
import static dev.taskorchestrator.mcp.wire.Shapes.INTEGER;

import dev.taskorchestrator.application.port.in.ListSessionsUseCase;
import dev.taskorchestrator.application.port.in.SessionDetails;
import dev.taskorchestrator.application.service.Orchestrator;
import dev.taskorchestrator.mcp.tool.ToolDescriptor.Hints;
import dev.taskorchestrator.mcp.wire.Shapes;
import dev.taskorchestrator.wire.SessionDocuments;
import dev.taskorchestrator.wire.SessionTexts;
import dev.taskorchestrator.wire.input.Arguments;
import dev.taskorchestrator.wire.input.Param;
import dev.taskorchestrator.wire.input.ToolInput;
import java.util.List;
import java.util.function.Supplier;

/** Lists sessions, most recently active first. */
final class ListSessionsTool extends UseCaseTool {

    private static final ToolDescriptor DESCRIPTOR = new ToolDescriptor("orchestrator_list_sessions", "List sessions",
            "Lists the sessions stored for this server, most recently active first, each with its task counts "
                    + "and progress. Completed and archived sessions are left out unless asked for.",
            ToolInput.of(
                    Param.flag("include_completed", "Also list completed and archived sessions. Default: false."),
                    Param.integer("limit", 1, ListSessionsUseCase.Query.MAX_LIMIT, "How many sessions. Default: "
                            + ListSessionsUseCase.Query.DEFAULT_LIMIT + ".")),
            Shapes.reply("sessions", ARRAY, "count", INTEGER),
            Hints.READ_ONLY);

    ListSessionsTool(Supplier<Orchestrator> orchestrator) {
        super(DESCRIPTOR, orchestrator);
    }

    @Override
    public ToolReply call(Arguments arguments, Caller caller) {
        List<SessionDetails> sessions = orchestrator().listSessions(new ListSessionsUseCase.Query(
                arguments.flag("include_completed", false), arguments.integer("limit", ListSessionsUseCase.Query.DEFAULT_LIMIT)));
        return ToolReply.of(SessionDocuments.sessions(sessions))
                .next("Continue one: orchestrator_resume_session with its session_id")
                .next("Details of one: orchestrator_session_status")
                .text(SessionTexts.sessions(sessions));
    }

}

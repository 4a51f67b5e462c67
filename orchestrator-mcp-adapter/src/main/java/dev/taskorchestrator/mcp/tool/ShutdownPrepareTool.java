package dev.taskorchestrator.mcp.tool;

import static dev.taskorchestrator.mcp.wire.Shapes.ARRAY;
import static dev.taskorchestrator.mcp.wire.Shapes.BOOLEAN;
import static dev.taskorchestrator.mcp.wire.Shapes.OBJECT;

import dev.taskorchestrator.application.port.in.ShutdownReadinessUseCase;
import dev.taskorchestrator.application.service.Orchestrator;
import dev.taskorchestrator.mcp.tool.ToolDescriptor.Hints;
import dev.taskorchestrator.mcp.wire.Shapes;
import dev.taskorchestrator.wire.ServerDocuments;
import dev.taskorchestrator.wire.ServerTexts;
import dev.taskorchestrator.wire.input.Arguments;
import dev.taskorchestrator.wire.input.Param;
import dev.taskorchestrator.wire.input.ToolInput;
import java.util.function.Supplier;

/** Whether a shutdown now would interrupt anything, and what. */
final class ShutdownPrepareTool extends UseCaseTool {

    private static final ToolDescriptor DESCRIPTOR = new ToolDescriptor("orchestrator_shutdown_prepare",
            "Check whether a shutdown would interrupt anything",
            "Says whether stopping or restarting now would interrupt work: claimed tasks in progress, "
                    + "calls in flight, other connected clients, database answering and intact. blocking_issues "
                    + "lists them; ready_for_shutdown is true when there are none.",
            ToolInput.of(Param.flag("check_active_tasks", "Tasks in progress. Default: true."),
                    Param.flag("check_database_state", "The database's round trip and integrity. Default: true."),
                    Param.flag("check_client_connections", "Other calls and clients. Default: true.")),
            Shapes.reply("ready_for_shutdown", BOOLEAN, "blocking_issues", ARRAY, "checks", OBJECT),
            Hints.READ_ONLY);

    ShutdownPrepareTool(Supplier<Orchestrator> orchestrator) {
        super(DESCRIPTOR, orchestrator);
    }

    @Override
    public ToolReply call(Arguments arguments, Caller caller) {
        var readiness = orchestrator().shutdownReadiness(new ShutdownReadinessUseCase.Query(
                arguments.flag("check_active_tasks", true), arguments.flag("check_database_state", true),
                arguments.flag("check_client_connections", true)));
        var reply = ToolReply.of(ServerDocuments.shutdownReadiness(readiness));
        reply.next(readiness.ready() ? "Safe to restart: orchestrator_restart_server"
                : "Finish or hand back the work first (orchestrator_complete_task, orchestrator_update_task)");
        return reply.text(ServerTexts.shutdownReadiness(readiness));
    }
}

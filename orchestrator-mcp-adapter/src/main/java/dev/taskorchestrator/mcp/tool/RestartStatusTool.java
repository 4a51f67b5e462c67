package dev.taskorchestrator.mcp.tool;

import static dev.taskorchestrator.mcp.wire.Shapes.ARRAY;
import static dev.taskorchestrator.mcp.wire.Shapes.OBJECT;

import dev.taskorchestrator.application.port.in.LifecycleStatusUseCase;
import dev.taskorchestrator.application.service.Orchestrator;
import dev.taskorchestrator.domain.reboot.LifecyclePhase;
import dev.taskorchestrator.mcp.tool.ToolDescriptor.Hints;
import dev.taskorchestrator.mcp.wire.Shapes;
import dev.taskorchestrator.wire.ServerDocuments;
import dev.taskorchestrator.wire.ServerTexts;
import dev.taskorchestrator.wire.input.Arguments;
import dev.taskorchestrator.wire.input.Param;
import dev.taskorchestrator.wire.input.ToolInput;
import java.util.function.Supplier;

/** The lifecycle phase now and, when asked, the recorded past starts and stops. */
final class RestartStatusTool extends UseCaseTool {

    private static final int HISTORY = 50;

    private static final ToolDescriptor DESCRIPTOR = new ToolDescriptor("orchestrator_restart_status",
            "Show the server's lifecycle",
            "Shows this server's lifecycle phase and progress, restart count and last error; every server "
                    + "instance on the store (live, stopped, dead, recovered); recent starts and restarts with "
                    + "reason, phases, durations and outcome. include_history adds every recorded phase.",
            ToolInput.of(Param.flag("include_history", "The past phases too, up to " + HISTORY + ". Default: false."),
                    Param.flag("include_error_details", "The last error and the phase it happened in. Default: true.")),
            Shapes.reply("current", OBJECT, "history?", ARRAY, "instances", ARRAY, "restarts", ARRAY),
            Hints.READ_ONLY);

    RestartStatusTool(Supplier<Orchestrator> orchestrator) {
        super(DESCRIPTOR, orchestrator);
    }

    @Override
    public ToolReply call(Arguments arguments, Caller caller) {
        boolean history = arguments.flag("include_history", false);
        boolean errors = arguments.flag("include_error_details", true);
        var status = orchestrator().lifecycleStatus(new LifecycleStatusUseCase.Query(history ? HISTORY : 1));
        var reply = ToolReply.of(ServerDocuments.lifecycle(status, history, errors));
        // A core embedded without a server of its own has no phase: its status is still worth showing.
        if (status.self().filter(self -> self.lifecycle().phase() != LifecyclePhase.RUNNING).isPresent()) {
            reply.next("Writes are refused until the server is running again; reads work");
        }
        reply.next("Measured checks: orchestrator_health_check");
        return reply.text(ServerTexts.lifecycle(status, history, errors));
    }

}

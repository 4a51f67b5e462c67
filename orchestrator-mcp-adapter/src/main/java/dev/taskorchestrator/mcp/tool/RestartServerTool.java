package dev.taskorchestrator.mcp.tool;

import static dev.taskorchestrator.mcp.wire.Shapes.ARRAY;
import static dev.taskorchestrator.mcp.wire.Shapes.BOOLEAN;
import static dev.taskorchestrator.mcp.wire.Shapes.INTEGER;
import static dev.taskorchestrator.mcp.wire.Shapes.STRING;

import dev.taskorchestrator.application.port.in.RestartServerUseCase.Command;
import dev.taskorchestrator.application.port.in.RestartServerUseCase;
import dev.taskorchestrator.domain.common.WireValues;
import dev.taskorchestrator.domain.reboot.RestartReason;
import dev.taskorchestrator.mcp.tool.ToolDescriptor.Hints;
import dev.taskorchestrator.mcp.wire.Shapes;
import dev.taskorchestrator.wire.ServerDocuments;
import dev.taskorchestrator.wire.ServerTexts;
import dev.taskorchestrator.wire.input.Arguments;
import dev.taskorchestrator.wire.input.Param;
import dev.taskorchestrator.wire.input.ToolInput;
import java.time.Duration;

/** Restarts the server in-process while the client stays connected. */
final class RestartServerTool implements OrchestratorTool {

    private static final ToolDescriptor DESCRIPTOR = new ToolDescriptor("orchestrator_restart_server",
            "Restart the server in place",
            "Restarts the server in place, keeping this connection: maintenance mode, calls in flight "
                    + "finish (up to timeout), database checkpointed, closed, reopened and migrated, expired claims "
                    + "back to pending. Returns each phase with its duration. Nothing stored is lost.",
            ToolInput.of(Param.flag("graceful", "Let calls in flight finish first. Default: true."),
                    Param.flag("preserve_state", "Checkpoint the database before closing it. Default: true."),
                    Param.integer("timeout", 10, 300, "Seconds calls in flight may take to finish. Default: 30."),
                    Param.oneOf("reason", WireValues.allowed(RestartReason.class), "Why. Default: manual_request.")),
            Shapes.reply("success", BOOLEAN, "phases", ARRAY, "total_ms", INTEGER, "reason", STRING, "error?", STRING),
            Hints.CHANGES_IDEMPOTENT);

    private final RestartServerUseCase restart;

    RestartServerTool(RestartServerUseCase restart) {
        this.restart = restart;
    }

    @Override
    public ToolDescriptor descriptor() {
        return DESCRIPTOR;
    }

    @Override
    public ToolReply call(Arguments arguments, Caller caller) {
        RestartReason reason = arguments.choice("reason", RestartReason.class).orElse(RestartReason.MANUAL_REQUEST);
        var report = restart.restart(new Command(arguments.flag("graceful", true), arguments.flag("preserve_state", true),
                Duration.ofSeconds(arguments.integer("timeout", (int) Command.DEFAULT_TIMEOUT.toSeconds())), reason));
        var reply = ToolReply.of(ServerDocuments.restart(report, reason));
        reply.next(report.success() ? "Carry on: the same connection works; orchestrator_health_check to confirm"
                : "See why: orchestrator_health_check and orchestrator_restart_status");
        return reply.text(ServerTexts.restart(report));
    }

    @Override
    public boolean actsOnStoreOnly() {
        return false;
    }
}

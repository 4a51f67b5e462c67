package dev.taskorchestrator.mcp.tool;

import static dev.taskorchestrator.mcp.wire.Shapes.ARRAY;
import static dev.taskorchestrator.mcp.wire.Shapes.BOOLEAN;

import dev.taskorchestrator.application.port.in.HealthCheckUseCase;
import dev.taskorchestrator.application.service.Orchestrator;
import dev.taskorchestrator.mcp.tool.ToolDescriptor.Hints;
import dev.taskorchestrator.mcp.wire.Shapes;
import dev.taskorchestrator.wire.ServerDocuments;
import dev.taskorchestrator.wire.ServerTexts;
import dev.taskorchestrator.wire.input.Arguments;
import dev.taskorchestrator.wire.input.Param;
import dev.taskorchestrator.wire.input.ToolInput;
import java.util.function.Supplier;

/** Real checks with measured figures; healthy only when every one passes. */
final class HealthCheckTool extends UseCaseTool {

    private static final ToolDescriptor DESCRIPTOR = new ToolDescriptor("orchestrator_health_check",
            "Check the server's health",
            "Runs real checks, each with its measured figure: database round trip, schema version, "
                    + "integrity, free disk, heap, uptime, lifecycle phase, live server instances, expired claims. "
                    + "healthy is false when a check fails; failed names it.",
            ToolInput.of(Param.flag("include_database_status", "The database, schema and integrity checks. Default: true."),
                    Param.flag("include_reboot_readiness", "The lifecycle, instances and expired-claims checks. "
                            + "Default: true.")),
            Shapes.reply("healthy", BOOLEAN, "failed", ARRAY, "checks", ARRAY, "instances", ARRAY),
            Hints.READ_ONLY);

    HealthCheckTool(Supplier<Orchestrator> orchestrator) {
        super(DESCRIPTOR, orchestrator);
    }

    @Override
    public ToolReply call(Arguments arguments, Caller caller) {
        var report = orchestrator().healthCheck(new HealthCheckUseCase.Query(arguments.flag("include_database_status",
                true), arguments.flag("include_reboot_readiness", true)));
        var reply = ToolReply.of(ServerDocuments.health(report));
        if (!report.healthy()) {
            reply.next("Fix what failed (see each check's detail), then check again");
        }
        reply.next("Past starts and stops: orchestrator_restart_status with include_history true");
        return reply.text(ServerTexts.health(report));
    }

}

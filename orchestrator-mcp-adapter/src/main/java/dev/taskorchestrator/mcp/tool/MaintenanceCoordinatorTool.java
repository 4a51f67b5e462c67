package dev.taskorchestrator.mcp.tool;

import static dev.taskorchestrator.mcp.wire.Shapes.ARRAY;
import static dev.taskorchestrator.mcp.wire.Shapes.INTEGER;
import static dev.taskorchestrator.mcp.wire.Shapes.STRING;

import dev.taskorchestrator.application.port.in.MaintenanceReport;
import dev.taskorchestrator.application.port.in.MaintenanceRequest.Action;
import dev.taskorchestrator.application.port.in.MaintenanceRequest.Level;
import dev.taskorchestrator.application.port.in.MaintenanceRequest.Scope;
import dev.taskorchestrator.application.port.in.MaintenanceRequest;
import dev.taskorchestrator.application.service.Orchestrator;
import dev.taskorchestrator.domain.common.WireValues;
import dev.taskorchestrator.mcp.tool.ToolDescriptor.Hints;
import dev.taskorchestrator.mcp.wire.Shapes;
import dev.taskorchestrator.wire.ServerDocuments;
import dev.taskorchestrator.wire.input.Arguments;
import dev.taskorchestrator.wire.input.Param;
import dev.taskorchestrator.wire.input.Params;
import dev.taskorchestrator.wire.input.ToolInput;
import java.util.Optional;
import java.util.function.Supplier;

/** Scans, validates, documents or hands over the workspace; every run recorded with its report. */
final class MaintenanceCoordinatorTool extends UseCaseTool {

    private static final ToolDescriptor DESCRIPTOR = new ToolDescriptor("orchestrator_maintenance_coordinator",
            "Scan, validate, document or hand over",
            "scan_cleanup: stale tasks (unchanged past their role's threshold), expired claims, plans "
                    + "with all subtasks closed; at comprehensive or full_audit it archives the stale and releases "
                    + "the expired. validate_structure: dependency cycles, completed parents with open subtasks, "
                    + "ownerless claims, database integrity. update_documentation, prepare_handover: Markdown "
                    + "reports. Each run is recorded as a review task with the report as artifact.",
            ToolInput.of(Param.oneOf("action", WireValues.allowed(Action.class), "What to do.").asRequired(),
                    Param.oneOf("scope", WireValues.allowed(Scope.class), "Which tasks. Default: current_session if "
                            + "the workspace has an open session, else full_project."),
                    Param.oneOf("validation_level", WireValues.allowed(Level.class), "basic only reports; the others "
                            + "also clean up. Default: basic."),
                    Param.text("target_task_id", Params.ID_MAX, "The task whose subtree to examine; implies scope "
                            + "specific_subtask.")),
            Shapes.reply("action", STRING, "examined", INTEGER, "findings", ARRAY, "archived", ARRAY, "released", ARRAY,
                    "report", STRING, "record_task_id", STRING, "artifact_id", STRING),
            Hints.DESTROYS_IDEMPOTENT);

    MaintenanceCoordinatorTool(Supplier<Orchestrator> orchestrator) {
        super(DESCRIPTOR, orchestrator);
    }

    @Override
    public ToolReply call(Arguments arguments, Caller caller) {
        MaintenanceRequest request = new MaintenanceRequest(arguments.choice("scope", Scope.class),
                arguments.choice("validation_level", Level.class).orElse(Level.DEFAULT), arguments.taskId("target_task_id"),
                Optional.of(caller.workspace()), caller.actor());
        MaintenanceReport report = orchestrator().maintain(arguments.choice("action", Action.class).orElseThrow(),
                request);
        var reply = ToolReply.of(ServerDocuments.maintenance(report));
        if (!report.findings().isEmpty() && !report.level().cleansUp() && report.action() == Action.SCAN_CLEANUP) {
            reply.next("Clean up what was found: call again with validation_level comprehensive");
        }
        reply.next("The report is kept: the resource orchestrator://artifacts/" + report.artifact().value());
        return reply.text(report.markdown());
    }

    @Override
    public boolean actsOnStoreOnly() {
        return false;
    }
}

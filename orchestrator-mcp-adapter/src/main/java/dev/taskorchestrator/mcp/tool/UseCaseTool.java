package dev.taskorchestrator.mcp.tool;

import dev.taskorchestrator.application.service.Orchestrator;
import java.util.function.Supplier;

/**
 * What every tool shares: its descriptor and the core it translates calls onto. The core is asked
 * for only when a call needs it, as it may still be opening its database when the server starts.
 */
abstract class UseCaseTool implements OrchestratorTool {

    private final ToolDescriptor descriptor;
    private final Supplier<Orchestrator> orchestrator;

    UseCaseTool(ToolDescriptor descriptor, Supplier<Orchestrator> orchestrator) {
        this.descriptor = descriptor;
        this.orchestrator = orchestrator;
    }

    @Override
    public final ToolDescriptor descriptor() {
        return descriptor;
    }

    protected final Orchestrator orchestrator() {
        return orchestrator.get();
    }
}

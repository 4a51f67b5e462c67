package dev.taskorchestrator.mcp.tool;

import dev.taskorchestrator.application.port.in.RestartServerUseCase;
import dev.taskorchestrator.application.service.Orchestrator;
import dev.taskorchestrator.domain.role.SpecialistRole;
import dev.taskorchestrator.wire.input.RoleNames;
import java.util.List;
import java.util.function.Supplier;

/** The tools this server offers, in the order {@code tools/list} shows them. */
public final class OrchestratorTools {

    private OrchestratorTools() {
    }

    /**
     * @param orchestrator the core, perhaps still opening its database: a tool asks for it only
     *     when called
     * @param roles the specialist roles on offer, for the enums of the schemas
     * @param restart the core's restart: the composition root hands the one that outlives a failed restart
     */
    public static List<OrchestratorTool> all(Supplier<Orchestrator> orchestrator, List<SpecialistRole> roles,
            RestartServerUseCase restart) {
        RoleNames vocabulary = RoleNames.of(roles);
        List<OrchestratorTool> tools = new java.util.ArrayList<>(List.of(
                new InitializeSessionTool(orchestrator),
                new ListSessionsTool(orchestrator),
                new ResumeSessionTool(orchestrator),
                new CleanupSessionsTool(orchestrator),
                new SessionStatusTool(orchestrator),
                new PlanTaskTool(orchestrator, vocabulary),
                new UpdateTaskTool(orchestrator, vocabulary),
                new DeleteTaskTool(orchestrator),
                new CancelTaskTool(orchestrator),
                new QueryTasksTool(orchestrator, vocabulary),
                new ExecuteTaskTool(orchestrator),
                new CompleteTaskTool(orchestrator),
                new NextTaskTool(orchestrator, vocabulary),
                new SynthesizeResultsTool(orchestrator),
                new GetStatusTool(orchestrator),
                new HealthCheckTool(orchestrator),
                new RestartStatusTool(orchestrator),
                new RestartServerTool(restart),
                new ShutdownPrepareTool(orchestrator),
                new ReconnectTestTool(),
                new MaintenanceCoordinatorTool(orchestrator)));
        tools.addAll(TemplateTools.all(orchestrator));
        return List.copyOf(tools);
    }

    /** Every tool's name, in the order {@code tools/list} shows them; no tool is called. */
    public static List<String> names(List<SpecialistRole> roles) {
        Supplier<Orchestrator> none = () -> {
            throw new IllegalStateException("only the names are asked for");
        };
        return all(none, roles, command -> {
            throw new IllegalStateException("only the names are asked for");
        }).stream().map(tool -> tool.descriptor().name()).toList();
    }
}

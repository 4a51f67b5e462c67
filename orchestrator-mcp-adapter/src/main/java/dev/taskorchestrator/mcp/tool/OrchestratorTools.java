package dev.taskorchestrator.mcp.tool;

import dev.taskorchestrator.application.service.Orchestrator;
import java.util.List;

/** The tools this server offers, in the order {@code tools/list} shows them. */
public final class OrchestratorTools {

    private OrchestratorTools() {
    }

    public static List<OrchestratorTool> all(Orchestrator orchestrator) {
        ToolVocabulary vocabulary = ToolVocabulary.of(orchestrator.roles());
        return List.of(
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
                new GetStatusTool(orchestrator));
    }
}

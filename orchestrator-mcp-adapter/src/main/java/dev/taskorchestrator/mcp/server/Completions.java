package dev.taskorchestrator.mcp.server;

import dev.taskorchestrator.application.service.Orchestrator;
import dev.taskorchestrator.domain.role.SpecialistRole;
import dev.taskorchestrator.domain.task.Task;
import io.modelcontextprotocol.server.McpServerFeatures.SyncCompletionSpecification;
import io.modelcontextprotocol.server.McpSyncServerExchange;
import io.modelcontextprotocol.spec.McpSchema;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * {@code completion/complete} for the places a task id goes: each role prompt's {@code task_id}
 * and the task resources' {@code {id}}. What was typed is an id prefix or words of a title.
 */
final class Completions {

    /** The most a client's picker is sent at once; {@code hasMore} says there are others. */
    static final int SHOWN = 20;
    static final List<String> TASK_RESOURCES = List.of(ResourceTemplates.TASK, ResourceTemplates.TASK_HISTORY);

    private static final Logger LOG = LoggerFactory.getLogger(Completions.class);

    private final Supplier<Orchestrator> orchestrator;

    Completions(Supplier<Orchestrator> orchestrator) {
        this.orchestrator = orchestrator;
    }

    List<SyncCompletionSpecification> all(List<SpecialistRole> roles) {
        List<SyncCompletionSpecification> all = new ArrayList<>();
        roles.forEach(role -> all.add(new SyncCompletionSpecification(new McpSchema.PromptReference(role.name()),
                this::taskIds)));
        TASK_RESOURCES.forEach(uri -> all.add(new SyncCompletionSpecification(new McpSchema.ResourceReference(uri),
                this::taskIds)));
        return all;
    }

    /** Suggestions are a convenience: a store that cannot answer now gives none rather than an error. */
    private McpSchema.CompleteResult taskIds(McpSyncServerExchange exchange, McpSchema.CompleteRequest request) {
        String typed = request.argument() == null ? "" : request.argument().value();
        List<String> ids;
        try {
            ids = orchestrator.get().suggestTasks(typed, SHOWN + 1).stream().map(Task::id).map(Object::toString).toList();
        } catch (RuntimeException unavailable) {
            LOG.debug("no completions for '{}': {}", typed, unavailable.getMessage());
            ids = List.of();
        }
        boolean more = ids.size() > SHOWN;
        return new McpSchema.CompleteResult(new McpSchema.CompleteResult.CompleteCompletion(
                more ? ids.subList(0, SHOWN) : ids, null, more));
    }
}

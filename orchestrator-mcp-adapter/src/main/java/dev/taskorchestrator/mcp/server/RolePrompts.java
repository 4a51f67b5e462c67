package dev.taskorchestrator.mcp.server;

import dev.taskorchestrator.application.port.in.RenderPromptUseCase;
import dev.taskorchestrator.application.service.Orchestrator;
import dev.taskorchestrator.domain.common.OrchestratorException;
import dev.taskorchestrator.domain.role.SpecialistRole;
import dev.taskorchestrator.domain.task.TaskId;
import io.modelcontextprotocol.server.McpServerFeatures.SyncPromptSpecification;
import io.modelcontextprotocol.spec.McpSchema.GetPromptResult;
import io.modelcontextprotocol.spec.McpSchema.PromptMessage;
import io.modelcontextprotocol.spec.McpSchema;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;

/** One prompt per specialist role: the role's prompt for a task, without claiming the task. */
final class RolePrompts {

    private final Supplier<Orchestrator> orchestrator;
    private final List<SpecialistRole> roles;

    RolePrompts(Supplier<Orchestrator> orchestrator, List<SpecialistRole> roles) {
        this.orchestrator = orchestrator;
        this.roles = List.copyOf(roles);
    }

    List<SyncPromptSpecification> all() {
        return roles.stream().map(this::prompt).toList();
    }

    private SyncPromptSpecification prompt(SpecialistRole role) {
        var prompt = new McpSchema.Prompt(role.name(), "Work on a task as the " + role.name(),
                role.roleDefinition() + " Renders this role's prompt for a task; it does not claim the task.",
                List.of(new McpSchema.PromptArgument("task_id", "The task to work on (task_...).", true)));
        return new SyncPromptSpecification(prompt, (exchange, request) -> {
            try {
                Object taskId = request.arguments() == null ? null : request.arguments().get("task_id");
                if (!(taskId instanceof String id) || id.isBlank()) {
                    throw OrchestratorException.invalid("task_id", "task_id is required");
                }
                var rendered = orchestrator.get().renderPrompt(new RenderPromptUseCase.Query(TaskId.parse(id.strip(),
                        "task_id"), Optional.of(role.name())));
                return new GetPromptResult(role.name() + " on " + rendered.task().id() + ": " + rendered.task().title(),
                        List.of(new PromptMessage(McpSchema.Role.USER, new McpSchema.TextContent(rendered.text()))));
            } catch (RuntimeException failure) {
                throw ResourceErrors.from("prompt " + role.name(), failure);
            }
        });
    }
}

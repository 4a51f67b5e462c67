package dev.taskorchestrator.domain.role;

import dev.taskorchestrator.domain.common.Checks;
import dev.taskorchestrator.domain.common.Limits;
import dev.taskorchestrator.domain.common.OrchestratorException;
import dev.taskorchestrator.domain.task.Task;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * A persona the client's model takes on for one task. The server never calls a model: it hands
 * this role, rendered with the task, to the agent that does the work.
 */
public record SpecialistRole(
        String name,
        String roleDefinition,
        List<String> expertise,
        List<String> approach,
        String outputFormat) {

    private static final Pattern NAME = Pattern.compile("[a-z][a-z0-9_]{0,49}");

    public SpecialistRole {
        Checks.required(name, "name");
        if (!NAME.matcher(name).matches()) {
            throw OrchestratorException.invalid("name", "role name '" + name
                    + "' must be 1-50 lower-case letters, digits or underscores, starting with a letter");
        }
        roleDefinition = Checks.text(roleDefinition, "role_definition", 1, Limits.REASON_MAX);
        expertise = Checks.list(expertise, "expertise", 50);
        approach = Checks.list(approach, "approach", 50);
        outputFormat = Checks.text(outputFormat, "output_format", 1, Limits.REASON_MAX);
    }

    /**
     * The prompt for doing {@code task} in this role: persona, expertise, approach, the task with
     * its context and the work it builds on, and what to hand back.
     */
    public String renderPrompt(Task task, Map<String, String> completedPrerequisites) {
        StringBuilder prompt = new StringBuilder();
        prompt.append("# ").append(roleDefinition).append("\n\n");
        prompt.append("## Your expertise\n");
        expertise.forEach(item -> prompt.append("- ").append(item).append('\n'));
        prompt.append("\n## Your approach\n");
        approach.forEach(item -> prompt.append("- ").append(item).append('\n'));
        prompt.append("\n## The task\n");
        prompt.append("- Task: ").append(task.id()).append(" - ").append(task.title()).append('\n');
        prompt.append("- Type: ").append(task.data().taskType().wire())
                .append(", complexity: ").append(task.data().complexity().wire())
                .append(", priority: ").append(task.priority().wire()).append('\n');
        task.data().estimatedEffort().ifPresent(effort -> prompt.append("- Estimated effort: ").append(effort).append('\n'));
        task.data().dueDate().ifPresent(due -> prompt.append("- Due: ").append(due).append('\n'));
        if (!task.data().description().isBlank()) {
            prompt.append("\n").append(task.data().description()).append('\n');
        }
        if (!task.context().isEmpty()) {
            prompt.append("\n## Context\n");
            task.context().forEach((key, value) -> prompt.append("- ").append(key).append(": ").append(value).append('\n'));
        }
        if (!completedPrerequisites.isEmpty()) {
            prompt.append("\n## Builds on\n");
            completedPrerequisites.forEach((id, summary) -> prompt.append("- ").append(id).append(": ").append(summary).append('\n'));
        }
        prompt.append("\n## Deliver\n").append(outputFormat).append('\n');
        prompt.append("\nWhen done, call orchestrator_complete_task with task_id ").append(task.id())
                .append(", a short summary, and the detailed work (it is stored as an artifact, not kept in the chat).\n");
        return prompt.toString();
    }
}

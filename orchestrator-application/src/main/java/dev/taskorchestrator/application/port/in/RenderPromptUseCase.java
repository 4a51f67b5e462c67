package dev.taskorchestrator.application.port.in;

import dev.taskorchestrator.domain.common.Checks;
import dev.taskorchestrator.domain.common.Limits;
import dev.taskorchestrator.domain.task.TaskId;
import java.util.Optional;

/**
 * Renders a task as a specialist's prompt without claiming it: for a client that shows the prompt
 * to a person, or hands it to a model of its own choosing. Execute renders the same prompt and claims.
 */
public interface RenderPromptUseCase {

    TaskPrompt render(Query query);

    /** @param role the role to render in, or the task's own specialist when empty (older names accepted) */
    record Query(TaskId taskId, Optional<String> role) {
        public Query {
            Checks.required(taskId, "task_id");
            role = Checks.optionalText(role, "role", Limits.SHORT_TEXT_MAX);
        }
    }
}

package dev.taskorchestrator.application.port.in;

import dev.taskorchestrator.domain.common.Actor;
import dev.taskorchestrator.domain.common.Checks;
import dev.taskorchestrator.domain.common.JsonValues;
import dev.taskorchestrator.domain.session.SessionId;
import dev.taskorchestrator.domain.task.TaskId;
import dev.taskorchestrator.domain.template.TemplateId;
import java.util.Map;
import java.util.Optional;

/**
 * Fills a template's parameters and creates its tasks, in one transaction, exactly as a plan of
 * the same shape would be created.
 */
public interface InstantiateTemplateUseCase {

    PlanTaskUseCase.Result instantiate(Command command);

    /** @param sessionId the session of the new tasks; without one, as a plan without one (see {@link PlanTaskUseCase}) */
    record Command(TemplateId templateId, Map<String, Object> parameters, Optional<TaskId> parentId,
            Optional<SessionId> sessionId, Optional<String> workspace, Actor actor) {
        public Command {
            Checks.required(templateId, "template_id");
            parameters = JsonValues.object(parameters == null ? Map.of() : parameters, "parameters");
            Checks.required(parentId, "parent_task_id");
            Checks.required(sessionId, "session_id");
            Checks.required(workspace, "workspace");
            Checks.required(actor, "agent");
        }
    }
}

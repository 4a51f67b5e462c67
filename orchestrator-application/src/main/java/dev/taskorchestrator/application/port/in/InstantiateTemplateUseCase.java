package dev.taskorchestrator.application.port.in;

import dev.taskorchestrator.domain.common.Actor;
import dev.taskorchestrator.domain.common.Checks;
import dev.taskorchestrator.domain.common.JsonValues;
import dev.taskorchestrator.domain.session.SessionId;
import dev.taskorchestrator.domain.task.Task;
import dev.taskorchestrator.domain.task.TaskId;
import dev.taskorchestrator.domain.template.TemplateCategory;
import dev.taskorchestrator.domain.template.TemplateId;
import java.util.Map;
import java.util.Optional;

/**
 * Fills a template's parameters and creates its tasks, in one transaction, exactly as a plan of
 * the same shape would be created; or, as a preview, only shows the filled plan.
 */
public interface InstantiateTemplateUseCase {

    Instance instantiate(Command command);

    /**
     * @param category the copy to use; without one, the copy in force
     * @param createTasks false for a preview that changes nothing
     * @param sessionId the session of the new tasks; without one, as a plan without one (see {@link PlanTaskUseCase})
     */
    record Command(TemplateId templateId, Optional<TemplateCategory> category, Map<String, Object> parameters,
            boolean createTasks, Optional<TaskId> parentId, Optional<SessionId> sessionId, Optional<String> workspace,
            Actor actor) {
        public static final boolean DEFAULT_CREATE_TASKS = true;

        public Command {
            Checks.required(templateId, "template_id");
            Checks.required(category, "category");
            parameters = JsonValues.object(parameters == null ? Map.of() : parameters, "parameters");
            Checks.required(parentId, "parent_task_id");
            Checks.required(sessionId, "session_id");
            Checks.required(workspace, "workspace");
            Checks.required(actor, "agent");
        }
    }

    /**
     * @param plan the filled plan, as it was (or would be) stored
     * @param parametersUsed every parameter's value, defaults included
     * @param created the stored tasks, unless a preview
     * @param firstReady the first new task an agent can start now
     */
    record Instance(TemplateListing template, PlannedTask plan, Map<String, Object> parametersUsed,
            Optional<PlanTaskUseCase.Result> created, Optional<Task> firstReady) {
        public boolean preview() {
            return created.isEmpty();
        }
    }
}

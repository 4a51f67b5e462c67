package dev.taskorchestrator.application.service;

import dev.taskorchestrator.application.port.in.InstantiateTemplateUseCase;
import dev.taskorchestrator.application.port.in.PlanTaskUseCase;
import dev.taskorchestrator.application.port.in.PlannedTask;
import dev.taskorchestrator.application.port.in.TemplateListing;
import dev.taskorchestrator.application.port.out.TemplateCatalog.Source;
import dev.taskorchestrator.domain.common.OrchestratorException;
import dev.taskorchestrator.domain.task.Task;
import dev.taskorchestrator.domain.task.TaskId;
import dev.taskorchestrator.domain.template.Template;
import dev.taskorchestrator.domain.template.TemplateTask;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Instantiates a template through the plan use case, in its transaction, so that a template's
 * tasks are stored exactly as the same plan sent to {@code orchestrator_plan_task} would be:
 * one top task becomes the root; several are gathered under a root named after the template.
 */
final class InstantiateTemplateService implements InstantiateTemplateUseCase {

    private final TemplateLibrary library;
    private final PlanTaskUseCase planTask;

    InstantiateTemplateService(TemplateLibrary library, PlanTaskUseCase planTask) {
        this.library = library;
        this.planTask = planTask;
    }

    @Override
    public Instance instantiate(Command command) {
        Source source = library.source(command.templateId(), command.category());
        Template written = library.read(source);
        Template template = library.resolved(written);
        Template.Filled filled = template.instantiate(command.parameters());
        Map<String, Object> origin = Map.of("template_id", template.id().value(), "template_version",
                template.metadata().version());
        PlannedTask root = filled.tasks().size() == 1
                ? planned(filled.tasks().get(0), origin)
                : new PlannedTask(Optional.empty(), filled.name(), filled.description(), Optional.empty(),
                        Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(),
                        origin, List.of(), filled.tasks().stream().map(task -> planned(task, Map.of())).toList());
        TemplateListing listing = library.listing(source, written);
        if (!command.createTasks()) {
            return new Instance(listing, root, filled.parametersUsed(), Optional.empty(), Optional.empty());
        }
        PlanTaskUseCase.Result created = planTask.plan(new PlanTaskUseCase.Command(root, command.parentId(),
                command.sessionId(), command.workspace(), false, command.actor()));
        return new Instance(listing, root, filled.parametersUsed(), Optional.of(created), firstReady(created));
    }

    /** The first new task, in plan order, with no subtasks and nothing to wait for: where an agent starts. */
    private static Optional<Task> firstReady(PlanTaskUseCase.Result created) {
        Set<TaskId> parents = created.created().stream().map(Task::parentId).flatMap(Optional::stream)
                .collect(Collectors.toSet());
        return created.created().stream()
                .filter(task -> !parents.contains(task.id()) && task.dependencies().isEmpty())
                .findFirst();
    }

    /** The root carries where it came from, so that a plan can be traced back to its template. */
    private static PlannedTask planned(TemplateTask task, Map<String, Object> context) {
        List<PlannedTask> subtasks = task.subtasks().stream().map(subtask -> planned(subtask, Map.of())).toList();
        try {
            return new PlannedTask(Optional.of(task.key()), task.title(), task.description(), task.taskType(),
                    task.specialistType(), task.complexity(), task.priority(), task.estimatedEffort(), Optional.empty(),
                    context, task.dependencies(), subtasks);
        } catch (OrchestratorException refused) {
            // A filled text over its limit: name the task, since the parameter's value is what made it so.
            throw refused.underField("tasks." + task.key() + ".");
        }
    }
}

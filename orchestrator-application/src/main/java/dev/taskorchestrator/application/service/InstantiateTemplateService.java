package dev.taskorchestrator.application.service;

import dev.taskorchestrator.application.port.in.InstantiateTemplateUseCase;
import dev.taskorchestrator.application.port.in.PlanTaskUseCase;
import dev.taskorchestrator.application.port.in.PlannedTask;
import dev.taskorchestrator.application.port.out.TemplateCatalog;
import dev.taskorchestrator.application.port.out.UnitOfWork;
import dev.taskorchestrator.domain.common.OrchestratorException;
import dev.taskorchestrator.domain.template.Template;
import dev.taskorchestrator.domain.template.TemplateId;
import dev.taskorchestrator.domain.template.TemplateTask;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

final class InstantiateTemplateService implements InstantiateTemplateUseCase {

    private final TemplateCatalog catalog;
    private final PlanTaskUseCase planTask;
    private final UnitOfWork unitOfWork;

    InstantiateTemplateService(TemplateCatalog catalog, PlanTaskUseCase planTask, UnitOfWork unitOfWork) {
        this.catalog = catalog;
        this.planTask = planTask;
        this.unitOfWork = unitOfWork;
    }

    @Override
    public PlanTaskUseCase.Result instantiate(Command command) {
        return unitOfWork.inTransaction(() -> {
            Template template = resolved(command.templateId());
            List<TemplateTask> tasks = template.instantiate(command.parameters());
            PlannedTask root = tasks.size() == 1
                    ? planned(tasks.get(0))
                    : new PlannedTask(Optional.empty(), template.metadata().name(), template.metadata().description(),
                            Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(),
                            Optional.empty(), Map.of("template_id", template.id().value()), List.of(),
                            tasks.stream().map(InstantiateTemplateService::planned).toList());
            return planTask.plan(new PlanTaskUseCase.Command(root, command.parentId(), command.sessionId(),
                    command.workspace(), false, command.actor()));
        });
    }

    /** The template with every parent it extends merged underneath it. */
    private Template resolved(TemplateId id) {
        List<TemplateId> chain = new ArrayList<>(List.of(id));
        Template template = require(id, "template_id");
        List<Template> ancestors = new ArrayList<>();
        Optional<TemplateId> parent = template.metadata().extendsId();
        while (parent.isPresent()) {
            chain.add(parent.get());
            Template.requireNoExtendsCycle(chain);
            Template found = require(parent.get(), "metadata.extends");
            ancestors.add(found);
            parent = found.metadata().extendsId();
        }
        Template merged = template;
        for (Template ancestor : ancestors) {
            merged = merged.extending(ancestor);
        }
        return merged;
    }

    private Template require(TemplateId id, String field) {
        return catalog.find(id).orElseThrow(() -> OrchestratorException.notFound(field, "template", id.value()));
    }

    private static PlannedTask planned(TemplateTask task) {
        return new PlannedTask(Optional.of(task.key()), task.title(), task.description(), task.taskType(),
                task.specialistType(), task.complexity(), task.priority(), task.estimatedEffort(), Optional.empty(),
                Map.of(), task.dependencies(), task.subtasks().stream().map(InstantiateTemplateService::planned).toList());
    }
}

package dev.taskorchestrator.application.service;

import dev.taskorchestrator.application.port.in.GetArtifactUseCase;
import dev.taskorchestrator.application.port.in.GetRoleUseCase;
import dev.taskorchestrator.application.port.in.GetTaskUseCase;
import dev.taskorchestrator.application.port.in.ListRolesUseCase;
import dev.taskorchestrator.application.port.in.RenderPromptUseCase;
import dev.taskorchestrator.application.port.in.TaskDetails;
import dev.taskorchestrator.application.port.in.TaskHistoryUseCase;
import dev.taskorchestrator.application.port.in.TaskPrompt;
import dev.taskorchestrator.application.port.in.TaskTreeUseCase;
import dev.taskorchestrator.application.port.out.ArtifactStore;
import dev.taskorchestrator.application.port.out.EventLog;
import dev.taskorchestrator.application.port.out.RoleCatalog;
import dev.taskorchestrator.application.port.out.TaskRepository;
import dev.taskorchestrator.application.port.out.UnitOfWork;
import dev.taskorchestrator.domain.artifact.Artifact;
import dev.taskorchestrator.domain.artifact.ArtifactId;
import dev.taskorchestrator.domain.common.OrchestratorException;
import dev.taskorchestrator.domain.role.SpecialistRole;
import dev.taskorchestrator.domain.task.PlanProgress;
import dev.taskorchestrator.domain.task.Task;
import dev.taskorchestrator.domain.task.TaskEvent;
import dev.taskorchestrator.domain.task.TaskId;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The small read-only use cases, each a few lines: one task, its tree, its history, one artifact, the roles. */
final class ReadServices {

    private ReadServices() {
    }

    static final class GetTaskService implements GetTaskUseCase {
        private final TaskRepository repository;
        private final Tasks tasks;
        private final ArtifactStore artifacts;
        private final UnitOfWork unitOfWork;

        GetTaskService(TaskRepository repository, Tasks tasks, ArtifactStore artifacts, UnitOfWork unitOfWork) {
            this.repository = repository;
            this.tasks = tasks;
            this.artifacts = artifacts;
            this.unitOfWork = unitOfWork;
        }

        @Override
        public TaskDetails get(TaskId taskId) {
            return unitOfWork.inReadTransaction(() -> {
                Task task = tasks.require(taskId, "task_id");
                List<Task> subtasks = repository.findChildren(taskId);
                return new TaskDetails(task, subtasks,
                        artifacts.findByTask(taskId).stream().toList(),
                        subtasks.isEmpty() ? Optional.empty() : Optional.of(PlanProgress.of(subtasks)));
            });
        }
    }

    /** The tree is built from one read of the subtree, so it is one snapshot however deep it goes. */
    static final class TaskTreeService implements TaskTreeUseCase {
        private final Tasks tasks;
        private final UnitOfWork unitOfWork;

        TaskTreeService(Tasks tasks, UnitOfWork unitOfWork) {
            this.tasks = tasks;
            this.unitOfWork = unitOfWork;
        }

        @Override
        public TaskTree tree(TaskId root) {
            return unitOfWork.inReadTransaction(() -> {
                Task top = tasks.require(root, "task_id");
                return tree(top, Tasks.childrenOf(tasks.descendants(root)));
            });
        }

        private static TaskTree tree(Task task, Map<TaskId, List<Task>> children) {
            return new TaskTree(task, children.getOrDefault(task.id(), List.of()).stream()
                    .sorted(Comparator.comparing(Task::id, Comparator.comparing(TaskId::value)))
                    .map(child -> tree(child, children)).toList());
        }
    }

    static final class TaskHistoryService implements TaskHistoryUseCase {
        private final EventLog events;
        private final UnitOfWork unitOfWork;

        TaskHistoryService(EventLog events, UnitOfWork unitOfWork) {
            this.events = events;
            this.unitOfWork = unitOfWork;
        }

        @Override
        public List<TaskEvent> history(Query query) {
            return unitOfWork.inReadTransaction(() -> {
                List<TaskEvent> found = events.history(query.taskId(), query.limit());
                if (found.isEmpty()) {
                    throw OrchestratorException.notFound("task_id", "task", query.taskId().value());
                }
                return found;
            });
        }
    }

    static final class GetArtifactService implements GetArtifactUseCase {
        private final ArtifactStore artifacts;
        private final UnitOfWork unitOfWork;

        GetArtifactService(ArtifactStore artifacts, UnitOfWork unitOfWork) {
            this.artifacts = artifacts;
            this.unitOfWork = unitOfWork;
        }

        @Override
        public Artifact artifact(ArtifactId artifactId) {
            return unitOfWork.inReadTransaction(() -> artifacts.findById(artifactId)
                    .orElseThrow(() -> OrchestratorException.notFound("artifact_id", "artifact", artifactId.value())));
        }
    }

    static final class ListRolesService implements ListRolesUseCase {
        private final RoleCatalog roles;

        ListRolesService(RoleCatalog roles) {
            this.roles = roles;
        }

        @Override
        public List<SpecialistRole> roles() {
            return roles.all();
        }
    }

    static final class GetRoleService implements GetRoleUseCase {
        private final Specialists specialists;

        GetRoleService(Specialists specialists) {
            this.specialists = specialists;
        }

        @Override
        public SpecialistRole role(String name) {
            return specialists.require(name, "role");
        }
    }

    static final class RenderPromptService implements RenderPromptUseCase {
        private final Tasks tasks;
        private final Specialists specialists;
        private final Prompts prompts;
        private final UnitOfWork unitOfWork;

        RenderPromptService(Tasks tasks, Specialists specialists, Prompts prompts, UnitOfWork unitOfWork) {
            this.tasks = tasks;
            this.specialists = specialists;
            this.prompts = prompts;
            this.unitOfWork = unitOfWork;
        }

        @Override
        public TaskPrompt render(Query query) {
            return unitOfWork.inReadTransaction(() -> {
                Task task = tasks.require(query.taskId(), "task_id");
                SpecialistRole role = query.role().map(name -> specialists.require(name, "role"))
                        .orElseGet(() -> specialists.forTask(task.specialistType()));
                return prompts.render(task, role);
            });
        }
    }
}

package dev.taskorchestrator.application.service;

import dev.taskorchestrator.application.port.in.CancelTaskUseCase;
import dev.taskorchestrator.application.port.out.ArtifactStore;
import dev.taskorchestrator.application.port.out.TaskRepository;
import dev.taskorchestrator.application.port.out.UnitOfWork;
import dev.taskorchestrator.domain.task.Task;
import dev.taskorchestrator.domain.task.TaskEventType;
import dev.taskorchestrator.domain.task.TaskId;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

final class CancelTaskService implements CancelTaskUseCase {

    private final TaskRepository repository;
    private final ArtifactStore artifacts;
    private final Tasks tasks;
    private final History history;
    private final Claims claims;
    private final UnitOfWork unitOfWork;
    private final Clock clock;

    CancelTaskService(TaskRepository repository, ArtifactStore artifacts, Tasks tasks, History history, Claims claims,
            UnitOfWork unitOfWork, Clock clock) {
        this.claims = claims;
        this.repository = repository;
        this.artifacts = artifacts;
        this.tasks = tasks;
        this.history = history;
        this.unitOfWork = unitOfWork;
        this.clock = clock;
    }

    @Override
    public Result cancel(Command command) {
        return unitOfWork.inTransaction(() -> {
            Instant now = clock.instant();
            repository.lockForUpdate(List.of(command.taskId()));
            Task task = tasks.require(command.taskId(), "task_id");
            List<Task> descendants = tasks.lockedDescendants(task.id());
            List<Task> changing = new ArrayList<>(List.of(task));
            descendants.stream().filter(subtask -> subtask.status().isOpen()).forEach(changing::add);
            claims.requireFree(changing, command.actor(), command.overrideClaim(), now);
            Task cancelled = repository.update(task.cancel(command.reason(), now));
            history.record(task.id(), TaskEventType.CANCELLED, now, Optional.of(command.actor().name()),
                    task.status().wire() + " -> cancelled: " + command.reason());

            List<TaskId> cancelledSubtasks = new ArrayList<>();
            for (Task subtask : descendants) {
                if (subtask.status().isOpen()) {
                    String reason = "parent " + task.id() + " cancelled: " + command.reason();
                    repository.update(subtask.cancel(reason, now));
                    history.record(subtask.id(), TaskEventType.CANCELLED, now, Optional.of(command.actor().name()), reason);
                    cancelledSubtasks.add(subtask.id());
                }
            }
            Set<TaskId> gone = new LinkedHashSet<>(cancelledSubtasks);
            gone.add(task.id());
            List<TaskId> notified = notifyDependents(gone, now);

            int removed = command.preserveWork() ? 0 : artifacts.removeByTasks(gone);
            int kept = artifacts.findByTask(task.id()).size()
                    + descendants.stream().mapToInt(d -> artifacts.findByTask(d.id()).size()).sum();
            return new Result(cancelled, task.status(), cancelledSubtasks, notified, kept, removed);
        });
    }

    /** Open tasks outside the cancelled set that waited on it learn why they will not become ready. */
    private List<TaskId> notifyDependents(Set<TaskId> cancelled, Instant now) {
        Set<TaskId> notified = new LinkedHashSet<>();
        for (TaskId id : cancelled) {
            for (Task dependent : repository.findDependents(id)) {
                if (!cancelled.contains(dependent.id()) && dependent.status().isOpen()) {
                    history.record(dependent.id(), TaskEventType.PREREQUISITE_CANCELLED, now, Optional.empty(),
                            "prerequisite " + id + " was cancelled; remove the dependency or replace it to proceed");
                    notified.add(dependent.id());
                }
            }
        }
        return List.copyOf(notified);
    }
}

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
import java.util.Set;

final class CancelTaskService implements CancelTaskUseCase {

    private final TaskRepository repository;
    private final ArtifactStore artifacts;
    private final Tasks tasks;
    private final History history;
    private final UnitOfWork unitOfWork;
    private final Clock clock;

    CancelTaskService(TaskRepository repository, ArtifactStore artifacts, Tasks tasks, History history,
            UnitOfWork unitOfWork, Clock clock) {
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
            task.requireNotClaimedByAnother(command.actor(), now);
            Task cancelled = repository.update(task.cancel(command.reason(), now));
            history.record(task.id(), TaskEventType.CANCELLED, now, command.actor(),
                    task.status().wire() + " -> cancelled: " + command.reason());

            List<TaskId> cancelledSubtasks = new ArrayList<>();
            List<Task> descendants = tasks.descendants(task.id());
            for (Task subtask : descendants) {
                if (subtask.status().isOpen()) {
                    String reason = "parent " + task.id() + " cancelled: " + command.reason();
                    repository.update(subtask.cancel(reason, now));
                    history.record(subtask.id(), TaskEventType.CANCELLED, now, command.actor(), reason);
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
                    history.record(dependent.id(), TaskEventType.PREREQUISITE_CANCELLED, now, java.util.Optional.empty(),
                            "prerequisite " + id + " was cancelled; remove the dependency or replace it to proceed");
                    notified.add(dependent.id());
                }
            }
        }
        return List.copyOf(notified);
    }
}

package dev.taskorchestrator.application.service;

import dev.taskorchestrator.application.port.out.TaskRepository;
import dev.taskorchestrator.domain.task.Task;
import dev.taskorchestrator.domain.task.TaskEventType;
import dev.taskorchestrator.domain.task.TaskId;
import dev.taskorchestrator.domain.task.TaskStatus;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * Work on a subtask puts its plan under way: pending or blocked ancestors become in progress. A
 * plan under way is left unlocked: only the first claim or completion in it locks its parent, so
 * agents working on one plan do not queue for its parent row.
 */
final class Ancestors {

    private final TaskRepository repository;
    private final Tasks tasks;
    private final History history;

    Ancestors(TaskRepository repository, Tasks tasks, History history) {
        this.repository = repository;
        this.tasks = tasks;
        this.history = history;
    }

    /** Bottom-up, as every lock on a chain of parents is taken, so that two writers on one chain never deadlock. */
    void start(Task task, Instant now) {
        Optional<TaskId> parentId = task.parentId();
        while (parentId.isPresent()) {
            if (!Tasks.isStartable(tasks.require(parentId.get(), "parent_task_id"))) {
                return;
            }
            repository.lockForUpdate(List.of(parentId.get()));
            Task parent = tasks.require(parentId.get(), "parent_task_id");
            if (!Tasks.isStartable(parent)) {
                return;
            }
            String reason = "subtask " + task.id() + " started";
            repository.update(parent.moveTo(TaskStatus.IN_PROGRESS, Optional.of(reason), now));
            history.record(parent.id(), TaskEventType.STATUS_CHANGED, now, Optional.empty(),
                    parent.status().wire() + " -> in_progress: " + reason);
            parentId = parent.parentId();
        }
    }
}

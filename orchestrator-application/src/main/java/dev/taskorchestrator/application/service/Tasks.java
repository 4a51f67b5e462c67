package dev.taskorchestrator.application.service;

import dev.taskorchestrator.application.port.out.TaskRepository;
import dev.taskorchestrator.domain.common.ErrorCode;
import dev.taskorchestrator.domain.common.OrchestratorException;
import dev.taskorchestrator.domain.task.Readiness;
import dev.taskorchestrator.domain.task.Task;
import dev.taskorchestrator.domain.task.TaskId;
import dev.taskorchestrator.domain.task.TaskStatus;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Loading tasks the way every use case needs: absent is NOT_FOUND, naming the field. */
final class Tasks {

    private final TaskRepository repository;

    Tasks(TaskRepository repository) {
        this.repository = repository;
    }

    Task require(TaskId id, String field) {
        return repository.findById(id).orElseThrow(() -> OrchestratorException.notFound(field, "task", id.value()));
    }

    /** The task's subtasks at every depth, parents before their children. */
    List<Task> descendants(TaskId root) {
        return repository.findDescendants(root);
    }

    /**
     * The subtasks at every depth, locked against other writers and read again once locked: what a
     * change to a whole subtree checks (no live claim, say) then holds until it commits.
     */
    List<Task> lockedDescendants(TaskId root) {
        List<Task> found = repository.findDescendants(root);
        if (found.isEmpty()) {
            return found;
        }
        repository.lockForUpdate(found.stream().map(Task::id).toList());
        return repository.findDescendants(root);
    }

    /**
     * {@code seen} as it is now, locked, if no other writer holds it and it has not changed since it
     * was read: a clean-up acts on what it judged, never on what another agent just made of it.
     */
    Optional<Task> lockedIfUnchanged(Task seen) {
        if (!repository.tryLockForUpdate(seen.id())) {
            return Optional.empty();
        }
        return repository.findById(seen.id()).filter(now -> now.version() == seen.version());
    }

    /** Each task's direct subtasks among {@code scope}, by parent. */
    static Map<TaskId, List<Task>> childrenOf(Collection<Task> scope) {
        Map<TaskId, List<Task>> children = new HashMap<>();
        scope.forEach(task -> task.parentId().ifPresent(parent -> children.computeIfAbsent(parent,
                key -> new ArrayList<>()).add(task)));
        return children;
    }

    /** The ids above a task: its parent, the parent's parent, and so on. */
    List<TaskId> ancestorsOf(Optional<TaskId> parent) {
        List<TaskId> found = new ArrayList<>();
        Optional<TaskId> step = parent;
        while (step.isPresent() && !found.contains(step.get())) {
            found.add(step.get());
            step = repository.findById(step.get()).flatMap(Task::parentId);
        }
        return found;
    }

    /**
     * A subtask waiting for a task that contains it could never start, and its container could
     * never complete: refused like any other cycle.
     */
    static void requireNoAncestor(TaskId task, List<TaskId> ancestors, List<TaskId> prerequisites, String field) {
        for (TaskId prerequisite : prerequisites) {
            if (ancestors.contains(prerequisite)) {
                throw new OrchestratorException(ErrorCode.DEPENDENCY_CYCLE, "task " + task + " is inside " + prerequisite
                        + " and cannot wait for it: " + task + " -> " + prerequisite + " -> (its subtasks) -> " + task,
                        field, List.of());
            }
        }
    }

    /** Prerequisites of a not yet started task that are not done; completing it then skips its order. */
    List<TaskId> unmetPrerequisites(Task task) {
        return Readiness.unmetPrerequisites(task, repository.findAllById(task.dependencies()));
    }

    void requireReadyToFinish(Task task) {
        if (isStartable(task)) {
            List<TaskId> unmet = unmetPrerequisites(task);
            if (!unmet.isEmpty()) {
                throw new OrchestratorException(ErrorCode.NOT_READY, "task " + task.id()
                        + " cannot be finished before its prerequisites: waiting for " + unmet, "task_id", List.of());
            }
        }
    }

    /** Ids of the direct subtasks that are still open (pending, in progress or blocked) or failed. */
    List<TaskId> unfinishedChildren(TaskId parent) {
        return repository.findChildren(parent).stream()
                .filter(child -> !child.status().isClosed())
                .map(Task::id)
                .toList();
    }

    /** A parent completes only when every subtask has reached an end. */
    void requireSubtasksClosed(Task task, String field) {
        List<TaskId> open = unfinishedChildren(task.id());
        if (!open.isEmpty()) {
            throw OrchestratorException.illegalState(field, "task " + task.id()
                    + " cannot be completed while subtasks are unfinished: " + open);
        }
    }

    static boolean isStartable(Task task) {
        return task.status() == TaskStatus.PENDING || task.status() == TaskStatus.BLOCKED;
    }
}

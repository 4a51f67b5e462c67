package dev.taskorchestrator.application.service;

import dev.taskorchestrator.application.port.out.TaskRepository;
import dev.taskorchestrator.domain.common.OrchestratorException;
import dev.taskorchestrator.domain.task.Task;
import dev.taskorchestrator.domain.task.TaskId;
import dev.taskorchestrator.domain.task.TaskStatus;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;

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
        List<Task> found = new ArrayList<>();
        Deque<TaskId> frontier = new ArrayDeque<>(List.of(root));
        while (!frontier.isEmpty()) {
            for (Task child : repository.findChildren(frontier.poll())) {
                found.add(child);
                frontier.add(child.id());
            }
        }
        return found;
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

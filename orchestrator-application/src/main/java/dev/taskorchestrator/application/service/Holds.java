package dev.taskorchestrator.application.service;

import dev.taskorchestrator.application.port.out.ReadyFilter;
import dev.taskorchestrator.application.port.out.TaskFilter;
import dev.taskorchestrator.application.port.out.TaskRepository;
import dev.taskorchestrator.domain.task.NotReady;
import dev.taskorchestrator.domain.task.Task;
import dev.taskorchestrator.domain.task.TaskStatus;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/** What keeps open tasks from being started: for "nothing is ready", a refused execute and a ready filter. */
final class Holds {

    /** Open tasks looked at to explain an empty next-task; the closest to ready are among the first few hundred. */
    static final int SCAN = 500;
    private static final Set<TaskStatus> OPEN = TaskStatus.openStatuses();

    private final TaskRepository repository;
    private final Tasks tasks;

    Holds(TaskRepository repository, Tasks tasks) {
        this.repository = repository;
        this.tasks = tasks;
    }

    NotReady of(Task task, Instant now) {
        return NotReady.of(task, repository.findAllById(task.dependencies()), tasks.unfinishedChildren(task.id()), now);
    }

    /** The open tasks the filter admits that are not ready, closest to ready first. */
    List<NotReady> closestToReady(ReadyFilter filter, Instant now, int count) {
        List<Task> open = filter.under().map(root -> repository.findDescendants(root).stream()
                        .filter(task -> task.status().isOpen()).limit(SCAN).toList())
                .orElseGet(() -> repository.query(new TaskFilter(OPEN, filter.taskTypes(),
                        filter.specialistType().map(Set::of).orElse(Set.of()), Set.of(), filter.priorities(),
                        Optional.empty(), filter.sessionId(), Optional.empty(), Optional.empty(), Optional.empty()),
                        Optional.empty(), SCAN).tasks());
        return open.stream()
                .filter(filter::matchesFields)
                .map(task -> of(task, now))
                .filter(notReady -> !notReady.ready())
                .sorted(NotReady.CLOSEST_FIRST)
                .limit(count)
                .toList();
    }
}

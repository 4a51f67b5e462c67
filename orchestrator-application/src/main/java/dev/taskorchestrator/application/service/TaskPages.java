package dev.taskorchestrator.application.service;

import dev.taskorchestrator.application.port.out.TaskFilter;
import dev.taskorchestrator.application.port.out.TaskPage;
import dev.taskorchestrator.application.port.out.TaskRepository;
import dev.taskorchestrator.domain.task.Task;
import dev.taskorchestrator.domain.task.TaskId;
import java.util.Optional;
import java.util.function.Consumer;

/** Every task a filter matches, handed over a page at a time by key, so that no read holds them all at once. */
final class TaskPages {

    static final int PAGE = 500;

    private TaskPages() {
    }

    static void forEach(TaskRepository tasks, TaskFilter filter, Consumer<java.util.List<Task>> action) {
        Optional<TaskId> after = Optional.empty();
        TaskPage page;
        do {
            page = tasks.query(filter, after, PAGE);
            if (!page.tasks().isEmpty()) {
                action.accept(page.tasks());
                after = Optional.of(page.tasks().get(page.tasks().size() - 1).id());
            }
        } while (page.hasMore());
    }
}

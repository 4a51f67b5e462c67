package dev.taskorchestrator.application.port.out;

import dev.taskorchestrator.domain.task.Task;
import java.util.List;
import java.util.Objects;

/** One page of tasks in id order, and whether more follow. */
public record TaskPage(List<Task> tasks, boolean hasMore) {

    public TaskPage {
        tasks = List.copyOf(Objects.requireNonNull(tasks, "tasks"));
    }
}

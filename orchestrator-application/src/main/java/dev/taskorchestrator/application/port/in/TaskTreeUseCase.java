package dev.taskorchestrator.application.port.in;

import dev.taskorchestrator.domain.task.Task;
import dev.taskorchestrator.domain.task.TaskId;
import java.util.List;
import java.util.Objects;

/** A task with its subtasks at every depth, read in one snapshot. */
public interface TaskTreeUseCase {

    TaskTree tree(TaskId root);

    /** A task and the trees of its direct subtasks, in creation order. */
    record TaskTree(Task task, List<TaskTree> subtasks) {
        public TaskTree {
            Objects.requireNonNull(task, "task");
            subtasks = List.copyOf(subtasks);
        }
    }
}

package dev.taskorchestrator.application.port.out;

import dev.taskorchestrator.domain.task.TaskEvent;
import dev.taskorchestrator.domain.task.TaskId;
import java.util.Collection;
import java.util.List;

/** The history of every task, kept even after a task is deleted. Joins the current unit of work. */
public interface EventLog {

    void append(TaskEvent event);

    /** Appends these events in their order, as {@link #append} does one; a store may write them in batches. */
    default void appendAll(List<TaskEvent> events) {
        events.forEach(this::append);
    }

    /** A task's events in the order they were appended, at most {@code limit} of the most recent. */
    List<TaskEvent> history(TaskId taskId, int limit);

    /** How many events these tasks have. */
    long countByTasks(Collection<TaskId> taskIds);
}

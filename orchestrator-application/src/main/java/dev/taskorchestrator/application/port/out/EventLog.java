package dev.taskorchestrator.application.port.out;

import dev.taskorchestrator.domain.task.TaskEvent;
import dev.taskorchestrator.domain.task.TaskId;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The history of every task, kept even after a task is deleted. Joins the current unit of work. */
public interface EventLog {

    void append(TaskEvent event);

    /** Appends these events in their order, as {@link #append} does one; a store may write them in batches. */
    default void appendAll(List<TaskEvent> events) {
        events.forEach(this::append);
    }

    /** A task's events in the order they were appended, at most {@code limit} of the most recent. */
    List<TaskEvent> history(TaskId taskId, int limit);

    /** The whole history of each of these tasks, in append order: what an export reads a page of tasks at a time. */
    default Map<TaskId, List<TaskEvent>> historiesOf(List<TaskId> taskIds) {
        Map<TaskId, List<TaskEvent>> histories = new LinkedHashMap<>();
        taskIds.forEach(task -> histories.put(task, history(task, Integer.MAX_VALUE)));
        return histories;
    }

    /** How many events these tasks have. */
    long countByTasks(Collection<TaskId> taskIds);
}

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

    /** The position of the last event appended and committed so far, 0 for an empty log: where a reader starts. */
    long head();

    /**
     * The events past {@code position}, in position order, at most {@code limit}: which task each one
     * touched. Positions grow with each append, but a store may commit them out of order and leave
     * gaps (a write rolled back), which {@code ChangeFeedUseCase} allows for.
     */
    List<Logged> after(long position, int limit);

    /** The events at these positions that the log shows now, in position order: how a reader checks gaps it watches. */
    List<Logged> at(Collection<Long> positions);

    /** Where an event sits in the log, and the task it is about. */
    record Logged(long position, TaskId taskId) {
        public Logged {
            java.util.Objects.requireNonNull(taskId, "taskId");
        }
    }
}

package dev.taskorchestrator.domain.task;

import dev.taskorchestrator.domain.common.Ids;

/** A task's id: {@code task_} and a short, creation-ordered body. */
public record TaskId(String value) implements Comparable<TaskId> {

    public static final String PREFIX = "task_";

    public TaskId {
        value = Ids.check(PREFIX, value, "task_id");
    }

    /** Parses client input, naming the field on failure. */
    public static TaskId parse(String value, String field) {
        return new TaskId(Ids.check(PREFIX, value, field));
    }

    @Override
    public int compareTo(TaskId other) {
        return value.compareTo(other.value);
    }

    @Override
    public String toString() {
        return value;
    }
}

package dev.taskorchestrator.wire;

/**
 * How much of each task a list shows: the compact row by default (enough to pick a task), every
 * field with {@code full}, and each task's subtask ids and artifacts when asked.
 */
public record Projection(boolean full, boolean subtasks, boolean artifacts) {
}

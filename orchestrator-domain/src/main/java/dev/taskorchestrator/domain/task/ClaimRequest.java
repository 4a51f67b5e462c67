package dev.taskorchestrator.domain.task;

import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * Everything the claim policies look at: the task, who asks and when, and what the caller found
 * about its prerequisites and subtasks.
 */
public record ClaimRequest(
        Task task,
        String assignee,
        Instant now,
        List<TaskId> unmetPrerequisites,
        List<TaskId> openSubtasks,
        boolean force) {

    public ClaimRequest {
        Objects.requireNonNull(task, "task");
        Objects.requireNonNull(assignee, "assignee");
        Objects.requireNonNull(now, "now");
        unmetPrerequisites = List.copyOf(unmetPrerequisites);
        openSubtasks = List.copyOf(openSubtasks);
    }
}

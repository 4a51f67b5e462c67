package dev.taskorchestrator.domain.task;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * An open task and everything that keeps an agent from starting it now; no holds means it is
 * ready. An agent told "nothing is ready" reads these to decide whether to wait, to unblock a
 * task, or to finish a subtask first.
 */
public record NotReady(Task task, List<Hold> holds) {

    /**
     * The nearest to ready first: fewest holds, then the most urgent, then the oldest, as next-task
     * would rank them once free.
     */
    public static final Comparator<NotReady> CLOSEST_FIRST = Comparator.comparingInt((NotReady n) -> n.holds().size())
            .thenComparing((NotReady n) -> n.task().priority(), Comparator.reverseOrder())
            .thenComparing(n -> n.task().createdAt())
            .thenComparing(n -> n.task().id().value());

    public NotReady {
        Objects.requireNonNull(task, "task");
        holds = List.copyOf(holds);
    }

    /** One thing that holds a task back. */
    public sealed interface Hold permits Prerequisite, Claimed, OpenSubtasks, Blocked {
    }

    /** A prerequisite not done yet; its status is empty when it no longer exists. */
    public record Prerequisite(TaskId id, Optional<TaskStatus> status) implements Hold {
    }

    /** Another agent holds the task until its lease ends. */
    public record Claimed(String agent, Instant until) implements Hold {
    }

    /** A plan's parent waits for its subtasks. */
    public record OpenSubtasks(List<TaskId> ids) implements Hold {
        public OpenSubtasks {
            ids = List.copyOf(ids);
        }
    }

    /** Someone marked the task blocked, with the reason they gave, if any. */
    public record Blocked(Optional<String> reason) implements Hold {
    }

    /**
     * What holds {@code task} at {@code now}.
     *
     * @param prerequisites the task's prerequisites that exist, by id
     * @param openSubtasks its subtasks that are not closed
     */
    public static NotReady of(Task task, Map<TaskId, Task> prerequisites, List<TaskId> openSubtasks, Instant now) {
        List<Hold> holds = new ArrayList<>();
        if (task.status() == TaskStatus.BLOCKED) {
            holds.add(new Blocked(task.data().statusReason()));
        }
        if (task.status() == TaskStatus.IN_PROGRESS && task.isClaimedAt(now)) {
            holds.add(new Claimed(task.assignee().orElseThrow(), task.data().leaseExpiresAt().orElseThrow()));
        }
        for (TaskId unmet : Readiness.unmetPrerequisites(task, prerequisites)) {
            holds.add(new Prerequisite(unmet, Optional.ofNullable(prerequisites.get(unmet)).map(Task::status)));
        }
        if (!openSubtasks.isEmpty()) {
            holds.add(new OpenSubtasks(openSubtasks));
        }
        return new NotReady(task, holds);
    }

    public boolean ready() {
        return holds.isEmpty();
    }

    /** The holds in a sentence, e.g. "waiting for task_a (in_progress); claimed by b until ...". */
    public String explained() {
        List<String> parts = new ArrayList<>();
        List<String> waiting = new ArrayList<>();
        for (Hold hold : holds) {
            if (hold instanceof Prerequisite prerequisite) {
                waiting.add(prerequisite.id() + " (" + prerequisite.status().map(TaskStatus::wire).orElse("deleted") + ")");
            } else if (hold instanceof Claimed claimed) {
                parts.add("claimed by " + claimed.agent() + " until " + claimed.until());
            } else if (hold instanceof OpenSubtasks subtasks) {
                parts.add("open subtasks: " + String.join(", ", subtasks.ids().stream().map(TaskId::value).toList()));
            } else if (hold instanceof Blocked blocked) {
                parts.add("blocked" + blocked.reason().map(reason -> ": " + reason).orElse(""));
            }
        }
        if (!waiting.isEmpty()) {
            parts.add(0, "waiting for " + String.join(", ", waiting));
        }
        return parts.isEmpty() ? "ready" : String.join("; ", parts);
    }
}

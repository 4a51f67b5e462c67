package dev.taskorchestrator.domain.task;

import java.util.Collection;
import java.util.List;

/**
 * The longest chain of work still to do among some tasks (a plan): open tasks only, linked by
 * their dependencies on one another. However many agents there are, the plan cannot finish sooner
 * than this chain, one task after the other, so it is where a delay costs the most. Every task
 * counts as one step: efforts are free text and cannot be added up.
 */
public final class CriticalPath {

    private CriticalPath() {
    }

    /** The chain, first prerequisite first; empty when nothing is open. The same plan gives the same path. */
    public static List<TaskId> of(Collection<Task> tasks) {
        return DependencyChains.among(tasks.stream().filter(task -> !task.status().isClosed()).toList()).longest();
    }
}

package dev.taskorchestrator.domain.task;

import dev.taskorchestrator.domain.common.OrchestratorException;
import java.util.Comparator;
import java.util.Objects;

/**
 * A ready task with what ranks it: whether its plan is already under way, and how many tasks
 * wait on it in the longest chain behind it.
 */
public record NextTaskCandidate(Task task, boolean planOpen, int dependentChainLength) {

    /**
     * Open plans first (finish what was started), then priority, then the longest chain of
     * dependents (unblock the most work), then age, then id for a stable order.
     */
    public static final Comparator<NextTaskCandidate> RANKING = Comparator
            .comparing(NextTaskCandidate::planOpen).reversed()
            .thenComparing(c -> c.task().priority(), Comparator.reverseOrder())
            .thenComparing(NextTaskCandidate::dependentChainLength, Comparator.reverseOrder())
            .thenComparing(c -> c.task().createdAt())
            .thenComparing(c -> c.task().id());

    public NextTaskCandidate {
        Objects.requireNonNull(task, "task");
        if (dependentChainLength < 0) {
            throw OrchestratorException.internal("dependentChainLength is never negative");
        }
    }
}

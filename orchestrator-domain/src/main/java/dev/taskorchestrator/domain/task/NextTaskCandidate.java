package dev.taskorchestrator.domain.task;

import dev.taskorchestrator.domain.common.OrchestratorException;
import java.time.Instant;
import java.util.Comparator;
import java.util.Objects;

/**
 * A ready task as far as ranking needs it: its priority and age, whether its plan is already
 * under way, and how many tasks wait on it in the longest chain behind it. Only the winner is
 * loaded in full, so a window of candidates costs a few columns each.
 */
public record NextTaskCandidate(TaskId id, Priority priority, Instant createdAt, boolean planOpen,
        int dependentChainLength) {

    /**
     * Open plans first (finish what was started), then priority, then the longest chain of
     * dependents (unblock the most work), then age, then id for a stable order.
     */
    public static final Comparator<NextTaskCandidate> RANKING = Comparator
            .comparing(NextTaskCandidate::planOpen).reversed()
            .thenComparing(NextTaskCandidate::priority, Comparator.reverseOrder())
            .thenComparing(NextTaskCandidate::dependentChainLength, Comparator.reverseOrder())
            .thenComparing(NextTaskCandidate::createdAt)
            .thenComparing(NextTaskCandidate::id);

    public NextTaskCandidate {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(priority, "priority");
        Objects.requireNonNull(createdAt, "createdAt");
        if (dependentChainLength < 0) {
            throw OrchestratorException.internal("dependentChainLength is never negative");
        }
    }
}

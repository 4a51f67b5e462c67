package dev.taskorchestrator.application.port.in;

import dev.taskorchestrator.domain.task.TaskId;
import java.time.Instant;
import java.util.Collections;
import java.util.Objects;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * Which tasks changed since a reader last looked, whichever process changed them: what a live view
 * polls. It reads the event log by position, and allows for a store that commits positions out of
 * order or leaves gaps (PostgreSQL's identity column does both): a missing position is watched for
 * a while, so a write that commits late is still reported, and a rolled-back one stops being watched.
 */
public interface ChangeFeedUseCase {

    /** Where the log stands now: what follows is news. */
    Position now();

    /** The tasks touched after {@code position}, and where to look next time. */
    Changes since(Position position);

    /**
     * @param head the last position read
     * @param gaps positions below the head not seen yet, each with when it was first missed
     */
    record Position(long head, SortedMap<Long, Instant> gaps) {
        public Position {
            if (head < 0) {
                throw new IllegalArgumentException("head must not be negative: " + head);
            }
            gaps = Collections.unmodifiableSortedMap(new TreeMap<>(Objects.requireNonNull(gaps, "gaps")));
        }
    }

    record Changes(Position next, Set<TaskId> tasks) {
        public Changes {
            Objects.requireNonNull(next, "next");
            tasks = Set.copyOf(tasks);
        }
    }
}

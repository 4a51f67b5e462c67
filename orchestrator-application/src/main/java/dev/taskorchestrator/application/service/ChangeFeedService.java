package dev.taskorchestrator.application.service;

import dev.taskorchestrator.application.port.in.ChangeFeedUseCase;
import dev.taskorchestrator.application.port.out.EventLog;
import dev.taskorchestrator.application.port.out.UnitOfWork;
import dev.taskorchestrator.domain.task.TaskId;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HashSet;
import java.util.Set;
import java.util.TreeMap;

/**
 * Reads the log past the head, and again past the oldest gap still watched. A gap is a position
 * handed out to a write whose transaction has not committed (so it shows up later, below the head)
 * or rolled back (so it never will): after {@link #PATIENCE} it is taken for the latter.
 */
final class ChangeFeedService implements ChangeFeedUseCase {

    /** Far longer than a write's transaction lasts; a rolled-back write costs only a re-read of this many seconds of log. */
    static final Duration PATIENCE = Duration.ofSeconds(30);
    /** How far back a new reader looks for writes still committing: more than run at once. */
    static final int LOOK_BACK = 256;
    /** More gaps than this at once are not writes in flight but positions skipped for good (a store's cache). */
    static final int MAX_GAPS = 1_024;
    private static final int BATCH = 1_000;

    private final EventLog events;
    private final UnitOfWork unitOfWork;
    private final Clock clock;

    ChangeFeedService(EventLog events, UnitOfWork unitOfWork, Clock clock) {
        this.events = events;
        this.unitOfWork = unitOfWork;
        this.clock = clock;
    }

    @Override
    public Position now() {
        return unitOfWork.inReadTransaction(this::current);
    }

    /** The head, with the positions below it that the log does not show yet; in the caller's transaction. */
    Position current() {
        long head = events.head();
        long from = Math.max(0, head - LOOK_BACK);
        Set<Long> seen = new HashSet<>();
        events.after(from, LOOK_BACK).forEach(logged -> seen.add(logged.position()));
        TreeMap<Long, Instant> gaps = new TreeMap<>();
        Instant now = clock.instant();
        for (long position = from + 1; position < head; position++) {
            if (!seen.contains(position)) {
                gaps.put(position, now);
            }
        }
        return new Position(head, gaps);
    }

    @Override
    public Changes since(Position position) {
        Instant now = clock.instant();
        return unitOfWork.inReadTransaction(() -> {
            if (position.head() > events.head()) {
                // A position from another store (a board restarted on another database): start again from here.
                return new Changes(current(), Set.of());
            }
            TreeMap<Long, Instant> gaps = new TreeMap<>(position.gaps());
            Set<TaskId> changed = new HashSet<>();
            // The gaps by position and the news past the head apart: however many events came since a gap
            // opened, each poll reads forward from the head.
            for (EventLog.Logged late : events.at(gaps.keySet())) {
                gaps.remove(late.position());
                changed.add(late.taskId());
            }
            long head = position.head();
            for (EventLog.Logged logged : events.after(head, BATCH)) {
                for (long skipped = head + 1; skipped < logged.position() && gaps.size() < MAX_GAPS; skipped++) {
                    gaps.put(skipped, now);
                }
                head = logged.position();
                changed.add(logged.taskId());
            }
            gaps.values().removeIf(missedSince -> missedSince.plus(PATIENCE).isBefore(now));
            return new Changes(new Position(head, gaps), changed);
        });
    }
}

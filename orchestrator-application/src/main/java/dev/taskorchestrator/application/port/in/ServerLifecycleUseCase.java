package dev.taskorchestrator.application.port.in;

import dev.taskorchestrator.domain.common.Checks;
import dev.taskorchestrator.domain.reboot.LifecyclePhase;
import dev.taskorchestrator.domain.reboot.LifecycleRecord;
import dev.taskorchestrator.domain.task.TaskId;
import java.util.List;
import java.util.Optional;

/**
 * The server's lifecycle as the reboot state machine records it: the start (which recovers from a
 * previous run that did not stop cleanly), the clean stop, and where it stands.
 */
public interface ServerLifecycleUseCase {

    /**
     * Records the start through the restart phases. If the previous run did not stop cleanly, claims
     * whose lease expired go back to pending and the start says what it recovered from.
     */
    StartReport start();

    /** Records a clean stop through the shutdown phases. */
    void stop();

    /**
     * Moves the shutdown one phase on (from running into maintenance, and on to stopped) and
     * returns the phase entered: for a restart, which does real work in each phase.
     */
    LifecyclePhase advanceShutdown();

    Status status(int historyLimit);

    /**
     * @param previousPhase the phase the previous run was last recorded in
     * @param recovered whether that run ended without a clean stop
     * @param releasedClaims claims whose lease had expired, returned to pending at this start
     * @param integrity the store's integrity check, run when recovering ({@code "ok"} or what is wrong)
     */
    record StartReport(LifecyclePhase previousPhase, boolean recovered, List<TaskId> releasedClaims,
            Optional<String> integrity) {
        public StartReport {
            releasedClaims = List.copyOf(releasedClaims);
        }
    }

    /** The current record and the past ones, most recent first. */
    record Status(LifecycleRecord current, List<LifecycleRecord> history) {
        public static final int MAX_HISTORY = 200;

        public Status {
            history = List.copyOf(history);
        }

        public static int checkedLimit(int limit) {
            Checks.range(limit, "limit", 1, MAX_HISTORY);
            return limit;
        }
    }
}

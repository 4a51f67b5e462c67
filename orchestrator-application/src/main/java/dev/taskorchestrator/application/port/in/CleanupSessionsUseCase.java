package dev.taskorchestrator.application.port.in;

import dev.taskorchestrator.domain.common.Checks;
import dev.taskorchestrator.domain.session.CleanupType;
import dev.taskorchestrator.domain.session.SessionId;
import java.util.List;

/** Archives sessions that are done or abandoned; a dry run (the default) only lists them. */
public interface CleanupSessionsUseCase {

    Result cleanup(Command command);

    record Command(CleanupType type, int olderThanDays, boolean dryRun) {
        /** A cleanup only lists what it would archive unless asked to act. */
        public static final boolean DEFAULT_DRY_RUN = true;
        public static final int DEFAULT_OLDER_THAN_DAYS = 7;
        public static final CleanupType DEFAULT_TYPE = CleanupType.COMPLETED;
        public static final int MAX_OLDER_THAN_DAYS = 3650;

        public Command {
            Checks.required(type, "cleanup_type");
            Checks.range(olderThanDays, "older_than_days", 0, MAX_OLDER_THAN_DAYS);
        }
    }

    record Cleaned(SessionId sessionId, String reason) {
    }

    record Result(boolean dryRun, int examined, List<Cleaned> sessions) {
        public Result {
            sessions = List.copyOf(sessions);
        }
    }
}

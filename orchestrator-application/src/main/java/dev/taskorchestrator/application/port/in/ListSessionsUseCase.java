package dev.taskorchestrator.application.port.in;

import dev.taskorchestrator.domain.common.Checks;
import java.util.List;

/** Lists sessions, most recently active first. */
public interface ListSessionsUseCase {

    List<SessionDetails> list(Query query);

    record Query(boolean includeClosed, int limit) {
        public static final int DEFAULT_LIMIT = 10;
        public static final int MAX_LIMIT = 100;

        public Query {
            Checks.range(limit, "limit", 1, MAX_LIMIT);
        }
    }
}

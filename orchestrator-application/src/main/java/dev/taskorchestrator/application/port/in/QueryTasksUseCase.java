package dev.taskorchestrator.application.port.in;

import dev.taskorchestrator.application.port.out.TaskFilter;
import dev.taskorchestrator.domain.common.Checks;
import dev.taskorchestrator.domain.common.Limits;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;

/**
 * Finds tasks by any combination of filters, a page at a time. The cursor is opaque: pass back the
 * one a page returned to get the next page; a page costs the same wherever it is.
 */
public interface QueryTasksUseCase {

    Page query(Query query);

    /**
     * @param ready only tasks an agent could start now (true), or only open tasks it could not
     *     (false); empty for either
     */
    record Query(TaskFilter filter, int limit, Optional<String> cursor, boolean includeSubtasks, boolean includeArtifacts,
            Optional<Boolean> ready) {
        public static final int DEFAULT_LIMIT = 50;
        public static final int MAX_LIMIT = 500;

        public Query {
            Checks.required(filter, "filter");
            Checks.range(limit, "limit", 1, MAX_LIMIT);
            cursor = Checks.optionalText(cursor, "cursor", Limits.SHORT_TEXT_MAX);
            Checks.required(ready, "ready");
        }

        public Query(TaskFilter filter, int limit, Optional<String> cursor, boolean includeSubtasks,
                boolean includeArtifacts) {
            this(filter, limit, cursor, includeSubtasks, includeArtifacts, Optional.empty());
        }

        public static Query of(TaskFilter filter) {
            return new Query(filter, DEFAULT_LIMIT, Optional.empty(), false, false);
        }

        public Query after(String nextCursor) {
            return new Query(filter, limit, Optional.of(nextCursor), includeSubtasks, includeArtifacts, ready);
        }
    }

    /**
     * The rows of this page, the cursor of the next one if any, and, on the first page only, how
     * many tasks match in all: counting costs a pass over the matches, so later pages, which must
     * stay as cheap as the first, leave it out; so does a page filtered by readiness, which is
     * known only task by task.
     */
    record Page(List<TaskDetails> tasks, Optional<String> nextCursor, OptionalLong totalCount) {
        public Page {
            tasks = List.copyOf(tasks);
        }
    }
}

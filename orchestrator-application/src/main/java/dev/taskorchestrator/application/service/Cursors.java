package dev.taskorchestrator.application.service;

import dev.taskorchestrator.domain.common.OrchestratorException;
import dev.taskorchestrator.domain.task.TaskId;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;

/**
 * Opaque page cursors. Paging is by key (the last id seen), so a page deep in the results costs
 * what the first one does; the encoding is opaque so that it may change without breaking clients.
 */
final class Cursors {

    private static final String VERSION = "k1:";

    private Cursors() {
    }

    static String after(TaskId last) {
        return Base64.getUrlEncoder().withoutPadding()
                .encodeToString((VERSION + last.value()).getBytes(StandardCharsets.UTF_8));
    }

    static TaskId decode(String cursor) {
        try {
            String decoded = new String(Base64.getUrlDecoder().decode(cursor), StandardCharsets.UTF_8);
            if (decoded.startsWith(VERSION)) {
                return new TaskId(decoded.substring(VERSION.length()));
            }
        } catch (IllegalArgumentException | OrchestratorException malformed) {
            // falls through to the one error below: the cursor is not one of ours
        }
        throw OrchestratorException.invalid("cursor",
                "cursor is not valid; pass back the next_cursor of a previous page, or leave it out for the first page",
                List.of("a next_cursor value from a previous page"));
    }
}

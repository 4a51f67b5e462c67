package dev.taskorchestrator.application.port.out;

import dev.taskorchestrator.domain.common.Checks;
import dev.taskorchestrator.domain.session.SessionId;
import java.util.Optional;

/** Narrows the ready tasks a next-task request looks at. */
public record ReadyFilter(Optional<SessionId> sessionId, Optional<String> specialistType) {

    public ReadyFilter {
        Checks.required(sessionId, "session_id");
        Checks.required(specialistType, "specialist_type");
    }

    public static ReadyFilter any() {
        return new ReadyFilter(Optional.empty(), Optional.empty());
    }
}

package dev.taskorchestrator.application.port.in;

import dev.taskorchestrator.domain.session.SessionId;

/** Shows one session with its task counts. */
public interface SessionStatusUseCase {

    SessionDetails status(SessionId sessionId);
}

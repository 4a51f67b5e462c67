package dev.taskorchestrator.application.port.in;

import dev.taskorchestrator.domain.session.SessionId;

/** Makes a paused or completed session active again. */
public interface ResumeSessionUseCase {

    SessionDetails resume(SessionId sessionId);
}

package dev.taskorchestrator.application.service;

import dev.taskorchestrator.application.port.in.SessionDetails;
import dev.taskorchestrator.application.port.in.SessionStatusUseCase;
import dev.taskorchestrator.application.port.out.UnitOfWork;
import dev.taskorchestrator.domain.session.SessionId;

final class SessionStatusService implements SessionStatusUseCase {

    private final Sessions sessions;
    private final UnitOfWork unitOfWork;

    SessionStatusService(Sessions sessions, UnitOfWork unitOfWork) {
        this.sessions = sessions;
        this.unitOfWork = unitOfWork;
    }

    @Override
    public SessionDetails status(SessionId sessionId) {
        return unitOfWork.inReadTransaction(() -> sessions.details(sessions.require(sessionId)));
    }
}

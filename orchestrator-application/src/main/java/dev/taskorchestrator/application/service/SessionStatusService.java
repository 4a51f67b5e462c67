package dev.taskorchestrator.application.service;

import dev.taskorchestrator.application.port.in.SessionDetails;
import dev.taskorchestrator.application.port.in.SessionStatusUseCase;
import dev.taskorchestrator.application.port.out.UnitOfWork;
import dev.taskorchestrator.domain.common.OrchestratorException;
import dev.taskorchestrator.domain.session.SessionId;

final class SessionStatusService implements SessionStatusUseCase {

    private final Sessions sessions;
    private final UnitOfWork unitOfWork;

    SessionStatusService(Sessions sessions, UnitOfWork unitOfWork) {
        this.sessions = sessions;
        this.unitOfWork = unitOfWork;
    }

    @Override
    public SessionDetails status(Query query) {
        return unitOfWork.inReadTransaction(() -> {
            SessionId id = sessions.choose(query.sessionId(), query.workspace()).orElseThrow(() -> OrchestratorException
                    .invalid("session_id", "no session is open for this workspace: name one with session_id,"
                            + " or open one first"));
            return sessions.details(sessions.require(id));
        });
    }
}

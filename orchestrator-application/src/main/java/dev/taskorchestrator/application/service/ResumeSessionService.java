package dev.taskorchestrator.application.service;

import dev.taskorchestrator.application.port.in.ResumeSessionUseCase;
import dev.taskorchestrator.application.port.in.SessionDetails;
import dev.taskorchestrator.application.port.out.SessionRepository;
import dev.taskorchestrator.application.port.out.UnitOfWork;
import dev.taskorchestrator.domain.session.Session;
import dev.taskorchestrator.domain.session.SessionId;
import java.time.Clock;

final class ResumeSessionService implements ResumeSessionUseCase {

    private final SessionRepository repository;
    private final Sessions sessions;
    private final UnitOfWork unitOfWork;
    private final Clock clock;

    ResumeSessionService(SessionRepository repository, Sessions sessions, UnitOfWork unitOfWork, Clock clock) {
        this.repository = repository;
        this.sessions = sessions;
        this.unitOfWork = unitOfWork;
        this.clock = clock;
    }

    @Override
    public SessionDetails resume(SessionId sessionId) {
        return unitOfWork.inTransaction(() -> {
            Session resumed = sessions.require(sessionId).resume(clock.instant());
            repository.save(resumed);
            return sessions.details(resumed);
        });
    }
}

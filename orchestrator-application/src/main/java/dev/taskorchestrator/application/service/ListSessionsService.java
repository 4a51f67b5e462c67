package dev.taskorchestrator.application.service;

import dev.taskorchestrator.application.port.in.ListSessionsUseCase;
import dev.taskorchestrator.application.port.in.SessionDetails;
import dev.taskorchestrator.application.port.out.SessionRepository;
import dev.taskorchestrator.application.port.out.UnitOfWork;
import java.util.List;

final class ListSessionsService implements ListSessionsUseCase {

    private final SessionRepository repository;
    private final Sessions sessions;
    private final UnitOfWork unitOfWork;

    ListSessionsService(SessionRepository repository, Sessions sessions, UnitOfWork unitOfWork) {
        this.repository = repository;
        this.sessions = sessions;
        this.unitOfWork = unitOfWork;
    }

    @Override
    public List<SessionDetails> list(Query query) {
        return unitOfWork.inReadTransaction(() -> repository.list(query.includeClosed(), query.limit()).stream()
                .map(sessions::details)
                .toList());
    }
}

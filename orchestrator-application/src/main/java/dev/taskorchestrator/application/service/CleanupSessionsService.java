package dev.taskorchestrator.application.service;

import dev.taskorchestrator.application.port.in.CleanupSessionsUseCase;
import dev.taskorchestrator.application.port.in.SessionDetails;
import dev.taskorchestrator.application.port.out.SessionRepository;
import dev.taskorchestrator.application.port.out.UnitOfWork;
import dev.taskorchestrator.domain.session.SessionStatus;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

final class CleanupSessionsService implements CleanupSessionsUseCase {

    /** Cleanup looks at this many sessions per call; a larger backlog is cleaned over several calls. */
    static final int BATCH = 1_000;

    private final SessionRepository repository;
    private final Sessions sessions;
    private final UnitOfWork unitOfWork;
    private final Clock clock;

    CleanupSessionsService(SessionRepository repository, Sessions sessions, UnitOfWork unitOfWork, Clock clock) {
        this.repository = repository;
        this.sessions = sessions;
        this.unitOfWork = unitOfWork;
        this.clock = clock;
    }

    @Override
    public Result cleanup(Command command) {
        return unitOfWork.inTransaction(() -> {
            Instant now = clock.instant();
            Instant cutoff = now.minus(Duration.ofDays(command.olderThanDays()));
            List<SessionDetails> candidates = repository.findCleanupCandidates(BATCH).stream()
                    .map(sessions::details)
                    .toList();
            List<Cleaned> cleaned = new ArrayList<>();
            for (SessionDetails candidate : candidates) {
                if (command.type().selects(candidate.session(), candidate.totalTasks(), cutoff)) {
                    cleaned.add(new Cleaned(candidate.session().id(), command.type().wire() + ": "
                            + candidate.session().status().wire() + ", " + candidate.totalTasks()
                            + " tasks, last active " + candidate.session().lastActivityAt()));
                    if (!command.dryRun()) {
                        repository.save(candidate.session().moveTo(SessionStatus.ARCHIVED, now));
                    }
                }
            }
            return new Result(command.dryRun(), candidates.size(), cleaned);
        });
    }
}

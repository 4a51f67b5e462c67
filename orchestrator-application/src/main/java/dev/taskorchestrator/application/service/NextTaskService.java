package dev.taskorchestrator.application.service;

import dev.taskorchestrator.application.port.in.NextTaskUseCase;
import dev.taskorchestrator.application.port.in.TaskExecution;
import dev.taskorchestrator.application.port.out.ReadyFilter;
import dev.taskorchestrator.application.port.out.TaskRepository;
import dev.taskorchestrator.application.port.out.UnitOfWork;
import dev.taskorchestrator.domain.task.NextTaskCandidate;
import dev.taskorchestrator.domain.task.Task;
import dev.taskorchestrator.domain.task.TaskStatus;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;

final class NextTaskService implements NextTaskUseCase {

    /** Expired claims released per call; a larger backlog drains over the next calls. */
    static final int EXPIRED_BATCH = 100;

    private final TaskRepository repository;
    private final Ranking ranking;
    private final Claims claims;
    private final Specialists specialists;
    private final History history;
    private final UnitOfWork unitOfWork;
    private final Clock clock;

    NextTaskService(TaskRepository repository, Ranking ranking, Claims claims, Specialists specialists, History history,
            UnitOfWork unitOfWork, Clock clock) {
        this.repository = repository;
        this.ranking = ranking;
        this.claims = claims;
        this.specialists = specialists;
        this.history = history;
        this.unitOfWork = unitOfWork;
        this.clock = clock;
    }

    @Override
    public Result next(Query query) {
        Optional<String> role = query.specialistType().map(s -> specialists.canonical(s, "specialist_type"));
        return Conflicts.retry(() -> unitOfWork.inTransaction(() -> {
            Instant now = clock.instant();
            releaseExpiredClaims(now);
            List<Task> ranked = ranking.ranked(new ReadyFilter(query.sessionId(), role), now).stream()
                    .map(NextTaskCandidate::task).toList();
            Optional<Task> best = ranked.stream().findFirst();
            Optional<TaskExecution> execution = query.claim()
                    ? claims.claimFirstFree(ranked, query.actor().orElseThrow().name(), now)
                    : Optional.empty();
            Optional<Task> recommended = query.claim() ? execution.map(TaskExecution::task) : best;
            if (recommended.isPresent()) {
                return new Result(recommended, execution, 0, 0);
            }
            // Counting costs a pass over the tasks, so it is done only to explain why there is nothing to do.
            Map<TaskStatus, Long> counts = repository.countByStatus(query.sessionId());
            long open = counts.getOrDefault(TaskStatus.PENDING, 0L) + counts.getOrDefault(TaskStatus.BLOCKED, 0L)
                    + counts.getOrDefault(TaskStatus.IN_PROGRESS, 0L);
            return new Result(Optional.empty(), Optional.empty(), open, counts.getOrDefault(TaskStatus.IN_PROGRESS, 0L));
        }));
    }

    /** DESIGN §3: an expired lease returns the task to pending, recorded, before anything is ranked. */
    private void releaseExpiredClaims(Instant now) {
        claims.releaseExpired(now, EXPIRED_BATCH);
    }
}

package dev.taskorchestrator.application.service;

import dev.taskorchestrator.application.port.in.NextTaskUseCase;
import dev.taskorchestrator.application.port.in.TaskExecution;
import dev.taskorchestrator.application.port.out.ReadyFilter;
import dev.taskorchestrator.application.port.out.TaskRepository;
import dev.taskorchestrator.application.port.out.UnitOfWork;
import dev.taskorchestrator.domain.task.NextTaskCandidate;
import dev.taskorchestrator.domain.task.Task;
import dev.taskorchestrator.domain.task.TaskId;
import dev.taskorchestrator.domain.task.TaskStatus;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

final class NextTaskService implements NextTaskUseCase {

    /** Expired claims released per call; a larger backlog drains over the next calls. */
    static final int EXPIRED_BATCH = 100;
    /**
     * Rankings made for one call: a ranking whose every candidate other agents claimed before this
     * one could is made again on what they committed; this many rounds find work if any is left.
     */
    static final int CLAIM_ROUNDS = 5;
    /** Tasks named in an answer of "nothing is ready": enough to act on, few enough to read. */
    static final int EXPLAINED = 5;

    private final TaskRepository repository;
    private final Ranking ranking;
    private final Claims claims;
    private final Specialists specialists;
    private final Holds holds;
    private final UnitOfWork unitOfWork;
    private final Clock clock;

    NextTaskService(TaskRepository repository, Ranking ranking, Claims claims, Specialists specialists, Holds holds,
            UnitOfWork unitOfWork, Clock clock) {
        this.repository = repository;
        this.ranking = ranking;
        this.claims = claims;
        this.specialists = specialists;
        this.holds = holds;
        this.unitOfWork = unitOfWork;
        this.clock = clock;
    }

    /**
     * Ranks in a read-only snapshot, which locks nothing, then claims in a short write the first
     * candidate that no other agent is claiming (skipped, not waited for) and that is still
     * claimable once locked and read again.
     */
    @Override
    public Result next(Query query) {
        ReadyFilter filter = new ReadyFilter(query.sessionId(),
                query.specialistType().map(s -> specialists.canonical(s, "specialist_type")), query.under(),
                query.priorities(), query.taskTypes());
        for (int round = 1; ; round++) {
            if (!query.claim()) {
                Optional<Task> best = afterExpiredClaims(now -> ranking.best(filter, now));
                return best.isPresent() ? new Result(best, Optional.empty(), 0, 0) : nothingReady(query, filter);
            }
            List<TaskId> ranked = afterExpiredClaims(now -> ranking.ranked(filter, now)).stream()
                    .map(NextTaskCandidate::id).toList();
            if (ranked.isEmpty()) {
                return nothingReady(query, filter);
            }
            String agent = query.actor().orElseThrow().name();
            Optional<TaskExecution> execution = unitOfWork.inTransaction(() -> claims.claimFirstFree(ranked, agent,
                    clock.instant(), query.lease())).map(claimed -> unitOfWork.inReadTransaction(() -> claims.execution(claimed)));
            if (execution.isPresent()) {
                return new Result(execution.map(TaskExecution::task), execution, 0, 0);
            }
            if (round >= CLAIM_ROUNDS) {
                return nothingReady(query, filter);
            }
        }
    }

    /**
     * Counting and explaining cost a pass over the tasks, so they are done only to say why there is
     * nothing to do: how much is open, and what holds the open tasks closest to ready.
     */
    private Result nothingReady(Query query, ReadyFilter filter) {
        return unitOfWork.inReadTransaction(() -> {
            Map<TaskStatus, Long> counts = repository.countByStatus(query.sessionId());
            long open = counts.getOrDefault(TaskStatus.PENDING, 0L) + counts.getOrDefault(TaskStatus.BLOCKED, 0L)
                    + counts.getOrDefault(TaskStatus.IN_PROGRESS, 0L);
            return new Result(Optional.empty(), Optional.empty(), open, counts.getOrDefault(TaskStatus.IN_PROGRESS, 0L),
                    holds.closestToReady(filter, clock.instant(), EXPLAINED));
        });
    }

    /**
     * DESIGN §3: an expired lease returns the task to pending, recorded, before anything is ranked.
     * Looked for in the snapshot that then reads, so that the usual call, with nothing to release,
     * is one read transaction and writes nothing; expired claims are released first, in a write of
     * their own, and the read is made afresh.
     */
    private <T> T afterExpiredClaims(Function<Instant, T> read) {
        Instant now = clock.instant();
        Optional<T> inOneSnapshot = unitOfWork.inReadTransaction(() -> repository.findExpiredClaims(now, 1).isEmpty()
                ? Optional.of(read.apply(now)) : Optional.empty());
        if (inOneSnapshot.isPresent()) {
            return inOneSnapshot.get();
        }
        unitOfWork.run(() -> claims.releaseExpired(clock.instant(), EXPIRED_BATCH));
        return unitOfWork.inReadTransaction(() -> read.apply(clock.instant()));
    }
}

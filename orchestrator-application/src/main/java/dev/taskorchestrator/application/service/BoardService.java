package dev.taskorchestrator.application.service;

import dev.taskorchestrator.application.port.in.BoardUseCase;
import dev.taskorchestrator.application.port.out.SessionRepository;
import dev.taskorchestrator.application.port.out.TaskFilter;
import dev.taskorchestrator.application.port.out.TaskRepository;
import dev.taskorchestrator.application.port.out.UnitOfWork;
import dev.taskorchestrator.domain.task.Readiness;
import dev.taskorchestrator.domain.task.Task;
import dev.taskorchestrator.domain.task.TaskId;
import dev.taskorchestrator.domain.task.TaskStatus;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/** Every task and session in one read snapshot, with the feed's position at that snapshot. */
final class BoardService implements BoardUseCase {

    /** Enough for every session a board's filter offers. */
    static final int SESSIONS = 500;

    private final TaskRepository tasks;
    private final SessionRepository sessions;
    private final ChangeFeedService feed;
    private final UnitOfWork unitOfWork;
    private final Clock clock;

    BoardService(TaskRepository tasks, SessionRepository sessions, ChangeFeedService feed, UnitOfWork unitOfWork,
            Clock clock) {
        this.tasks = tasks;
        this.sessions = sessions;
        this.feed = feed;
        this.unitOfWork = unitOfWork;
        this.clock = clock;
    }

    @Override
    public Board board() {
        return unitOfWork.inReadTransaction(() -> {
            // The position first: a change committed while the tasks are read is then reported again, never missed.
            var position = feed.current();
            List<Task> all = new ArrayList<>();
            TaskPages.forEach(tasks, TaskFilter.any(), all::addAll);
            Map<TaskId, Task> byId = new HashMap<>();
            all.forEach(task -> byId.put(task.id(), task));
            // A parent whose subtasks are still open is done through them, not started itself.
            Set<TaskId> openParents = all.stream().filter(task -> !task.status().isClosed())
                    .flatMap(task -> task.parentId().stream()).collect(Collectors.toSet());
            Set<TaskId> ready = all.stream()
                    .filter(task -> task.status() == TaskStatus.PENDING && !openParents.contains(task.id())
                            && Readiness.isReady(task, byId))
                    .map(Task::id).collect(Collectors.toSet());
            all.sort(java.util.Comparator.comparing(Task::createdAt).thenComparing(task -> task.id().value()));
            return new Board(all, ready, sessions.list(true, SESSIONS), position, clock.instant());
        });
    }
}

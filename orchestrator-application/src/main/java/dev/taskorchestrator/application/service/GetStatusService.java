package dev.taskorchestrator.application.service;

import dev.taskorchestrator.application.port.in.GetStatusUseCase;
import dev.taskorchestrator.application.port.out.TaskFilter;
import dev.taskorchestrator.application.port.out.TaskRepository;
import dev.taskorchestrator.application.port.out.UnitOfWork;
import dev.taskorchestrator.domain.task.Task;
import dev.taskorchestrator.domain.task.TaskStatus;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

final class GetStatusService implements GetStatusUseCase {

    /** What an agent needs to see first: work under way, then what waits, then what went wrong. */
    private static final List<TaskStatus> LISTED = List.of(TaskStatus.IN_PROGRESS, TaskStatus.PENDING,
            TaskStatus.BLOCKED, TaskStatus.FAILED);

    private final TaskRepository repository;
    private final Sessions sessions;
    private final UnitOfWork unitOfWork;

    GetStatusService(TaskRepository repository, Sessions sessions, UnitOfWork unitOfWork) {
        this.repository = repository;
        this.sessions = sessions;
        this.unitOfWork = unitOfWork;
    }

    @Override
    public StatusReport status(Query query) {
        return unitOfWork.inReadTransaction(() -> {
            query.sessionId().ifPresent(sessions::require);
            Map<TaskStatus, Long> counts = new EnumMap<>(TaskStatus.class);
            for (TaskStatus status : TaskStatus.values()) {
                counts.put(status, 0L);
            }
            counts.putAll(repository.countByStatus(query.sessionId()));
            Map<TaskStatus, List<Task>> lists = new EnumMap<>(TaskStatus.class);
            TaskFilter scope = TaskFilter.any().withSession(query.sessionId());
            for (TaskStatus status : listed(query.includeCompleted())) {
                lists.put(status, repository.query(scope.withStatuses(Set.of(status)), Optional.empty(),
                        query.limitPerStatus()).tasks());
            }
            long total = counts.values().stream().mapToLong(Long::longValue).sum();
            return new StatusReport(counts, lists, total);
        });
    }

    private static List<TaskStatus> listed(boolean includeCompleted) {
        if (!includeCompleted) {
            return LISTED;
        }
        List<TaskStatus> all = new java.util.ArrayList<>(LISTED);
        all.add(TaskStatus.COMPLETED);
        return all;
    }
}

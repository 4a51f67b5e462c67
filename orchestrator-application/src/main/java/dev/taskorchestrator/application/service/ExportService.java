package dev.taskorchestrator.application.service;

import dev.taskorchestrator.application.port.in.ExportUseCase;
import dev.taskorchestrator.application.port.out.ArtifactStore;
import dev.taskorchestrator.application.port.out.EventLog;
import dev.taskorchestrator.application.port.out.SessionRepository;
import dev.taskorchestrator.application.port.out.TaskFilter;
import dev.taskorchestrator.application.port.out.TaskRepository;
import dev.taskorchestrator.application.port.out.UnitOfWork;
import dev.taskorchestrator.domain.artifact.Artifact;
import dev.taskorchestrator.domain.common.ErrorCode;
import dev.taskorchestrator.domain.common.OrchestratorException;
import dev.taskorchestrator.domain.session.Session;
import dev.taskorchestrator.domain.task.Task;
import dev.taskorchestrator.domain.task.TaskEvent;
import dev.taskorchestrator.domain.task.TaskId;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Consumer;

/**
 * Reads the store in one snapshot, twice over its tasks: once for the header's counts, which come
 * first so that a reader knows what to expect, then for the items. A page of tasks at a time.
 */
final class ExportService implements ExportUseCase {

    private final TaskRepository tasks;
    private final SessionRepository sessions;
    private final ArtifactStore artifacts;
    private final EventLog events;
    private final UnitOfWork unitOfWork;
    private final Clock clock;

    ExportService(TaskRepository tasks, SessionRepository sessions, ArtifactStore artifacts, EventLog events,
            UnitOfWork unitOfWork, Clock clock) {
        this.tasks = tasks;
        this.sessions = sessions;
        this.artifacts = artifacts;
        this.events = events;
        this.unitOfWork = unitOfWork;
        this.clock = clock;
    }

    @Override
    public Header export(Query query, Consumer<Item> sink) {
        AtomicBoolean begun = new AtomicBoolean();
        return unitOfWork.inReadTransaction(() -> {
            // A store may run a unit of work again when it loses a race; items already written cannot be taken back.
            if (begun.get()) {
                throw new OrchestratorException(ErrorCode.UNAVAILABLE,
                        "the store was busy and the export was interrupted part-way; run it again");
            }
            TaskFilter filter = TaskFilter.any().withSession(query.sessionId());
            List<Session> chosen = sessions(query);
            Header header = new Header(VERSION, clock.instant(), query.sessionId(), counts(filter, chosen.size()));
            begun.set(true);
            sink.accept(header);
            chosen.forEach(session -> sink.accept(new SessionItem(session)));
            TaskPages.forEach(tasks, filter, page -> write(page, sink));
            return header;
        });
    }

    private List<Session> sessions(Query query) {
        if (query.sessionId().isPresent()) {
            return List.of(sessions.findById(query.sessionId().get()).orElseThrow(() ->
                    OrchestratorException.notFound("session_id", "session", query.sessionId().get().value())));
        }
        return sessions.list(true, Integer.MAX_VALUE).stream().sorted(Comparator.comparing(s -> s.id().value())).toList();
    }

    private Counts counts(TaskFilter filter, long sessionCount) {
        long[] counts = new long[4];
        TaskPages.forEach(tasks, filter, page -> {
            List<TaskId> ids = page.stream().map(Task::id).toList();
            counts[0] += page.size();
            counts[1] += page.stream().mapToLong(task -> task.data().dependencies().size()).sum();
            counts[2] += artifacts.countByTasks(ids);
            counts[3] += events.countByTasks(ids);
        });
        return new Counts(sessionCount, counts[0], counts[1], counts[2], counts[3]);
    }

    /** A page of tasks, each followed by its dependencies, artifacts and history, read for the page at once. */
    private void write(List<Task> page, Consumer<Item> sink) {
        List<TaskId> ids = page.stream().map(Task::id).toList();
        Map<TaskId, List<Artifact>> artifactsOf = new HashMap<>();
        artifacts.findAllByTasks(ids).forEach(artifact -> artifactsOf.computeIfAbsent(artifact.taskId(),
                id -> new ArrayList<>()).add(artifact));
        Map<TaskId, List<TaskEvent>> histories = events.historiesOf(ids);
        for (Task task : page) {
            sink.accept(new TaskItem(task));
            List<TaskId> prerequisites = task.data().dependencies();
            for (int position = 0; position < prerequisites.size(); position++) {
                sink.accept(new DependencyItem(task.id(), prerequisites.get(position), position));
            }
            artifactsOf.getOrDefault(task.id(), List.of()).forEach(artifact -> sink.accept(new ArtifactItem(artifact)));
            histories.getOrDefault(task.id(), List.of()).forEach(event -> sink.accept(new EventItem(event)));
        }
    }
}

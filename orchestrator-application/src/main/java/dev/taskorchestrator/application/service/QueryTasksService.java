package dev.taskorchestrator.application.service;

import dev.taskorchestrator.application.port.in.QueryTasksUseCase;
import dev.taskorchestrator.application.port.in.TaskDetails;
import dev.taskorchestrator.application.port.out.ArtifactStore;
import dev.taskorchestrator.application.port.out.TaskFilter;
import dev.taskorchestrator.application.port.out.TaskPage;
import dev.taskorchestrator.application.port.out.TaskRepository;
import dev.taskorchestrator.application.port.out.UnitOfWork;
import dev.taskorchestrator.domain.artifact.ArtifactMetadata;
import dev.taskorchestrator.domain.task.Task;
import dev.taskorchestrator.domain.task.TaskId;
import dev.taskorchestrator.domain.task.TaskStatus;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.Set;
import java.util.stream.Collectors;

final class QueryTasksService implements QueryTasksUseCase {

    private final TaskRepository repository;
    private final ArtifactStore artifacts;
    /** Pages of the store read for one page filtered by readiness; the cursor goes on from the last one read. */
    static final int READY_SCAN_PAGES = 10;
    private static final Set<TaskStatus> OPEN = TaskStatus.openStatuses();

    private final Specialists specialists;
    private final Holds holds;
    private final UnitOfWork unitOfWork;
    private final Clock clock;

    QueryTasksService(TaskRepository repository, ArtifactStore artifacts, Specialists specialists, Holds holds,
            UnitOfWork unitOfWork, Clock clock) {
        this.repository = repository;
        this.artifacts = artifacts;
        this.specialists = specialists;
        this.holds = holds;
        this.unitOfWork = unitOfWork;
        this.clock = clock;
    }

    @Override
    public Page query(Query query) {
        Optional<TaskId> after = query.cursor().map(Cursors::decode);
        TaskFilter filter = canonical(query.filter());
        if (query.ready().isPresent()) {
            return byReadiness(query, openOnly(filter), after, query.ready().get());
        }
        return unitOfWork.inReadTransaction(() -> {
            TaskPage page = repository.query(filter, after, query.limit());
            List<TaskDetails> rows = page.tasks().stream().map(task -> row(task, query)).toList();
            Optional<String> next = page.hasMore() && !page.tasks().isEmpty()
                    ? Optional.of(Cursors.after(page.tasks().get(page.tasks().size() - 1).id()))
                    : Optional.empty();
            return new Page(rows, next, after.isPresent() ? OptionalLong.empty() : total(filter, page));
        });
    }

    /** A first page that holds every match is its own count: counting would read all the rows again. */
    private OptionalLong total(TaskFilter filter, TaskPage firstPage) {
        return OptionalLong.of(firstPage.hasMore() ? repository.count(filter) : firstPage.tasks().size());
    }

    /**
     * Readiness is known task by task, so the store's pages are read and sifted until this page is
     * full, for at most {@link #READY_SCAN_PAGES} of them; the cursor then points past the last
     * task read, so the next call goes on from there (a page may hold fewer rows than the limit).
     */
    private Page byReadiness(Query query, TaskFilter filter, Optional<TaskId> after, boolean ready) {
        if (filter.statuses().isEmpty()) {
            return new Page(List.of(), Optional.empty(), OptionalLong.empty());
        }
        return unitOfWork.inReadTransaction(() -> {
            Instant now = clock.instant();
            List<TaskDetails> rows = new ArrayList<>();
            Optional<TaskId> from = after;
            boolean more = false;
            scan:
            for (int pages = 0; pages < READY_SCAN_PAGES; pages++) {
                TaskPage page = repository.query(filter, from, query.limit());
                for (Task task : page.tasks()) {
                    if (rows.size() == query.limit()) {
                        more = true;
                        break scan;
                    }
                    from = Optional.of(task.id());
                    if (holds.of(task, now).ready() == ready) {
                        rows.add(row(task, query));
                    }
                }
                more = page.hasMore();
                if (!more) {
                    break;
                }
            }
            return new Page(rows, more ? from.map(Cursors::after) : Optional.empty(), OptionalLong.empty());
        });
    }

    /** Only open tasks are ready or held: the statuses asked for, narrowed to the open ones (none may be left). */
    private static TaskFilter openOnly(TaskFilter filter) {
        return filter.withStatuses(filter.statuses().isEmpty() ? OPEN
                : filter.statuses().stream().filter(OPEN::contains).collect(Collectors.toUnmodifiableSet()));
    }

    /** Specialist names in a filter go through the same aliases as everywhere else. */
    private TaskFilter canonical(TaskFilter filter) {
        if (filter.specialistTypes().isEmpty()) {
            return filter;
        }
        return new TaskFilter(filter.statuses(), filter.taskTypes(),
                java.util.Set.copyOf(filter.specialistTypes().stream().map(s -> specialists.canonical(s, "specialist_type"))
                        .toList()),
                filter.complexities(), filter.priorities(), filter.parentId(), filter.sessionId(), filter.text(),
                filter.createdAfter(), filter.createdBefore());
    }

    private TaskDetails row(Task task, Query query) {
        List<Task> subtasks = query.includeSubtasks() ? repository.findChildren(task.id()) : List.of();
        List<ArtifactMetadata> summaries = query.includeArtifacts()
                ? artifacts.findByTask(task.id()).stream().toList()
                : List.of();
        return new TaskDetails(task, subtasks, summaries, Optional.empty());
    }
}

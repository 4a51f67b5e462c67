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
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;

final class QueryTasksService implements QueryTasksUseCase {

    private final TaskRepository repository;
    private final ArtifactStore artifacts;
    private final Specialists specialists;
    private final UnitOfWork unitOfWork;

    QueryTasksService(TaskRepository repository, ArtifactStore artifacts, Specialists specialists, UnitOfWork unitOfWork) {
        this.repository = repository;
        this.artifacts = artifacts;
        this.specialists = specialists;
        this.unitOfWork = unitOfWork;
    }

    @Override
    public Page query(Query query) {
        Optional<TaskId> after = query.cursor().map(Cursors::decode);
        TaskFilter filter = canonical(query.filter());
        return unitOfWork.inReadTransaction(() -> {
            TaskPage page = repository.query(filter, after, query.limit());
            List<TaskDetails> rows = page.tasks().stream().map(task -> row(task, query)).toList();
            Optional<String> next = page.hasMore() && !page.tasks().isEmpty()
                    ? Optional.of(Cursors.after(page.tasks().get(page.tasks().size() - 1).id()))
                    : Optional.empty();
            OptionalLong total = after.isEmpty() ? OptionalLong.of(repository.count(filter)) : OptionalLong.empty();
            return new Page(rows, next, total);
        });
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

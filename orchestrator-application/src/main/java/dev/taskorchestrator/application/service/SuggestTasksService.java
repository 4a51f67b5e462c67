package dev.taskorchestrator.application.service;

import dev.taskorchestrator.application.port.in.SuggestTasksUseCase;
import dev.taskorchestrator.application.port.out.TaskFilter;
import dev.taskorchestrator.application.port.out.TaskRepository;
import dev.taskorchestrator.application.port.out.UnitOfWork;
import dev.taskorchestrator.domain.common.Limits;
import dev.taskorchestrator.domain.task.Task;
import dev.taskorchestrator.domain.task.TaskId;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * An id prefix is looked up in id order from the prefix on, as a page would be, so it costs one
 * index range however many tasks there are; anything else is searched in titles and descriptions.
 */
final class SuggestTasksService implements SuggestTasksUseCase {

    /** The shortest body a task id has: a prefix is padded to it with the lowest character to start the range. */
    private static final int BODY_MIN = 6;

    private final TaskRepository repository;
    private final UnitOfWork unitOfWork;

    SuggestTasksService(TaskRepository repository, UnitOfWork unitOfWork) {
        this.repository = repository;
        this.unitOfWork = unitOfWork;
    }

    @Override
    public List<Task> suggest(String typed, int limit) {
        String text = typed == null ? "" : typed.strip();
        int wanted = Math.max(1, Math.min(limit, MAX));
        return unitOfWork.inReadTransaction(() -> {
            if (text.isEmpty() || TaskId.PREFIX.startsWith(text)) {
                return repository.query(TaskFilter.any(), Optional.empty(), wanted).tasks();
            }
            if (text.startsWith(TaskId.PREFIX) && text.substring(TaskId.PREFIX.length()).matches("[a-z0-9]{1,32}")) {
                return byIdPrefix(text, wanted);
            }
            String words = text.length() > Limits.SEARCH_TEXT_MAX ? text.substring(0, Limits.SEARCH_TEXT_MAX) : text;
            return repository.query(TaskFilter.any().withText(words), Optional.empty(), wanted).tasks();
        });
    }

    private List<Task> byIdPrefix(String prefix, int wanted) {
        String body = prefix.substring(TaskId.PREFIX.length());
        String start = body.length() >= BODY_MIN ? prefix : prefix + "0".repeat(BODY_MIN - body.length());
        List<Task> from = new ArrayList<>(repository.findById(new TaskId(start)).stream().toList());
        repository.query(TaskFilter.any(), Optional.of(new TaskId(start)), wanted).tasks().stream()
                .takeWhile(task -> task.id().value().startsWith(prefix))
                .forEach(from::add);
        return from.stream().filter(task -> task.id().value().startsWith(prefix)).limit(wanted).toList();
    }
}

package dev.taskorchestrator.application.service;

import dev.taskorchestrator.application.port.out.ReadyFilter;
import dev.taskorchestrator.application.port.out.TaskRepository;
import dev.taskorchestrator.domain.task.NextTaskCandidate;
import dev.taskorchestrator.domain.task.Task;
import dev.taskorchestrator.domain.task.TaskId;
import dev.taskorchestrator.domain.task.TaskStatus;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;

/**
 * Picks the best ready task with the domain's ranking. The store pre-orders a window of ready
 * tasks; the chains of open dependents are measured, in one call, only for the tasks that share
 * the best (open plan, priority), since only among them can a chain change the winner.
 */
final class Ranking {

    /**
     * How long a chain of waiting tasks the ranking tells apart. A task that 64 others wait on in a
     * row is urgent either way; measuring a chain of thousands to the end cost next-task 30 ms at
     * 10,000 tasks and told nothing more, so longer chains tie and age decides between them.
     */
    static final int CHAIN_CAP = 64;

    private final TaskRepository repository;
    private final int window;

    Ranking(TaskRepository repository, int window) {
        this.repository = repository;
        this.window = window;
    }

    List<NextTaskCandidate> ranked(ReadyFilter filter, Instant now) {
        List<Task> ready = repository.findReady(filter, now, window);
        Set<TaskId> parentIds = new HashSet<>();
        ready.forEach(task -> task.parentId().ifPresent(parentIds::add));
        Map<TaskId, Task> parents = repository.findAllById(parentIds);
        Predicate<Task> planOpen = task -> task.parentId().map(parents::get)
                .filter(p -> p.status() == TaskStatus.IN_PROGRESS).isPresent();
        List<Task> contenders = topGroup(ready, planOpen);
        Map<TaskId, Integer> chains = repository.longestOpenDependentChains(contenders.stream().map(Task::id).toList(),
                CHAIN_CAP);
        return ready.stream()
                .map(task -> new NextTaskCandidate(task, planOpen.test(task), chains.getOrDefault(task.id(), 0)))
                .sorted(NextTaskCandidate.RANKING)
                .toList();
    }

    /**
     * The tasks that share the best (open plan, priority): only among them can the chain of
     * dependents change the winner, so only their chains are worth loading.
     */
    private static List<Task> topGroup(List<Task> ready, Predicate<Task> planOpen) {
        if (ready.isEmpty()) {
            return List.of();
        }
        Task first = ready.stream().min(java.util.Comparator.comparing((Task t) -> !planOpen.test(t))
                .thenComparing(Task::priority, java.util.Comparator.reverseOrder())).orElseThrow();
        boolean open = planOpen.test(first);
        return ready.stream().filter(t -> planOpen.test(t) == open && t.priority() == first.priority()).toList();
    }

    Optional<Task> best(ReadyFilter filter, Instant now) {
        return ranked(filter, now).stream().findFirst().map(NextTaskCandidate::task);
    }
}

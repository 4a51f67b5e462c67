package dev.taskorchestrator.application.service;

import dev.taskorchestrator.application.port.out.ReadyFilter;
import dev.taskorchestrator.application.port.out.ReadyTask;
import dev.taskorchestrator.application.port.out.TaskRepository;
import dev.taskorchestrator.domain.task.NextTaskCandidate;
import dev.taskorchestrator.domain.task.Task;
import dev.taskorchestrator.domain.task.TaskId;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Picks the best ready task with the domain's ranking. The store pre-orders a window of ready
 * tasks, read as the few facts ranking needs; the chains of open dependents are measured, in one
 * call, only for the tasks that share the best (open plan, priority), since only among them can a
 * chain change the winner; and only the winner is loaded in full.
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
        List<ReadyTask> ready = repository.findReadyToRank(filter, now, window);
        Map<TaskId, Integer> chains = repository.longestOpenDependentChains(topGroup(ready), CHAIN_CAP);
        return ready.stream()
                .map(task -> new NextTaskCandidate(task.id(), task.priority(), task.createdAt(), task.planOpen(),
                        chains.getOrDefault(task.id(), 0)))
                .sorted(NextTaskCandidate.RANKING)
                .toList();
    }

    /**
     * The tasks that share the best (open plan, priority): only among them can the chain of
     * dependents change the winner, so only their chains are worth loading.
     */
    private static List<TaskId> topGroup(List<ReadyTask> ready) {
        if (ready.isEmpty()) {
            return List.of();
        }
        ReadyTask first = ready.stream().min(Comparator.comparing((ReadyTask t) -> !t.planOpen())
                .thenComparing(ReadyTask::priority, Comparator.reverseOrder())).orElseThrow();
        return ready.stream().filter(t -> t.planOpen() == first.planOpen() && t.priority() == first.priority())
                .map(ReadyTask::id).toList();
    }

    /** The best ready task, loaded in full: the only one of the window that is. */
    Optional<Task> best(ReadyFilter filter, Instant now) {
        return ranked(filter, now).stream().findFirst().flatMap(winner -> repository.findById(winner.id()));
    }
}

package dev.taskorchestrator.application.service;

import dev.taskorchestrator.application.port.out.ReadyFilter;
import dev.taskorchestrator.application.port.out.TaskRepository;
import dev.taskorchestrator.domain.task.NextTaskCandidate;
import dev.taskorchestrator.domain.task.Task;
import dev.taskorchestrator.domain.task.TaskId;
import dev.taskorchestrator.domain.task.TaskStatus;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** Picks the best ready task with the domain's ranking, computing the features it needs. */
final class Ranking {

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
        Map<TaskId, Integer> chains = new HashMap<>();
        return ready.stream()
                .map(task -> new NextTaskCandidate(task,
                        task.parentId().map(parents::get).filter(p -> p.status() == TaskStatus.IN_PROGRESS).isPresent(),
                        longestDependentChain(task.id(), chains)))
                .sorted(NextTaskCandidate.RANKING)
                .toList();
    }

    Optional<Task> best(ReadyFilter filter, Instant now) {
        return ranked(filter, now).stream().findFirst().map(NextTaskCandidate::task);
    }

    /**
     * The number of open tasks in the longest chain that waits on {@code start}. Iterative
     * post-order walk with memo, so long chains neither overflow the stack nor repeat work.
     */
    private int longestDependentChain(TaskId start, Map<TaskId, Integer> memo) {
        Deque<TaskId> stack = new ArrayDeque<>();
        Set<TaskId> expanded = new HashSet<>();
        Map<TaskId, List<TaskId>> dependentsOf = new HashMap<>();
        stack.push(start);
        while (!stack.isEmpty()) {
            TaskId current = stack.peek();
            if (memo.containsKey(current)) {
                stack.pop();
                continue;
            }
            List<TaskId> dependents = dependentsOf.computeIfAbsent(current, id -> repository.findDependents(id).stream()
                    .filter(t -> t.status().isOpen()).map(Task::id).toList());
            if (expanded.add(current)) {
                dependents.stream().filter(d -> !memo.containsKey(d) && !expanded.contains(d)).forEach(stack::push);
                continue;
            }
            stack.pop();
            memo.put(current, dependents.stream().mapToInt(d -> 1 + memo.getOrDefault(d, 0)).max().orElse(0));
        }
        return memo.get(start);
    }
}

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
import java.util.function.Predicate;

/**
 * Picks the best ready task with the domain's ranking. The store pre-orders a window of ready
 * tasks; the chains of open dependents behind them are loaded one level per query, so the cost
 * grows with the depth of the longest chain, not with the number of tasks.
 */
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
        Predicate<Task> planOpen = task -> task.parentId().map(parents::get)
                .filter(p -> p.status() == TaskStatus.IN_PROGRESS).isPresent();
        List<Task> contenders = topGroup(ready, planOpen);
        Set<TaskId> contenderIds = new HashSet<>();
        contenders.forEach(task -> contenderIds.add(task.id()));
        Map<TaskId, List<TaskId>> dependents = openDependentsBehind(contenders);
        Map<TaskId, Integer> chains = new HashMap<>();
        return ready.stream()
                .map(task -> new NextTaskCandidate(task, planOpen.test(task),
                        contenderIds.contains(task.id()) ? longestChain(task.id(), dependents, chains) : 0))
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

    /** The graph of open dependents reachable from the candidates, one query per level. */
    private Map<TaskId, List<TaskId>> openDependentsBehind(List<Task> candidates) {
        Map<TaskId, List<TaskId>> edges = new HashMap<>();
        Set<TaskId> seen = new HashSet<>();
        candidates.forEach(task -> seen.add(task.id()));
        Set<TaskId> frontier = new HashSet<>(seen);
        while (!frontier.isEmpty()) {
            Map<TaskId, List<TaskId>> level = repository.findOpenDependents(frontier);
            edges.putAll(level);
            frontier = new HashSet<>();
            for (List<TaskId> next : level.values()) {
                for (TaskId id : next) {
                    if (seen.add(id)) {
                        frontier.add(id);
                    }
                }
            }
        }
        return edges;
    }

    /** Iterative post-order walk with memo: long chains neither overflow the stack nor repeat work. */
    private static int longestChain(TaskId start, Map<TaskId, List<TaskId>> dependents, Map<TaskId, Integer> memo) {
        Deque<TaskId> stack = new ArrayDeque<>();
        Set<TaskId> expanded = new HashSet<>();
        stack.push(start);
        while (!stack.isEmpty()) {
            TaskId current = stack.peek();
            if (memo.containsKey(current)) {
                stack.pop();
                continue;
            }
            List<TaskId> next = dependents.getOrDefault(current, List.of());
            if (expanded.add(current)) {
                next.stream().filter(d -> !memo.containsKey(d) && !expanded.contains(d)).forEach(stack::push);
                continue;
            }
            stack.pop();
            memo.put(current, next.stream().mapToInt(d -> 1 + memo.getOrDefault(d, 0)).max().orElse(0));
        }
        return memo.get(start);
    }
}

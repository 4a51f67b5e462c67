package dev.taskorchestrator.domain.task;

import dev.taskorchestrator.domain.common.ErrorCode;
import dev.taskorchestrator.domain.common.OrchestratorException;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Deque;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The "depends on" relation between tasks, read through a lookup so that it works on what a store
 * holds plus what a plan is about to add. Walks are iterative: a chain of 100,000 tasks does not
 * overflow the stack.
 */
public final class DependencyGraph {

    private final Function<TaskId, List<TaskId>> prerequisitesOf;

    public DependencyGraph(Function<TaskId, List<TaskId>> prerequisitesOf) {
        this.prerequisitesOf = prerequisitesOf;
    }

    /**
     * Refuses to let {@code task} depend on {@code prerequisites} when that would close a cycle,
     * naming the cycle in dependency order, e.g. {@code A -> B -> A}.
     */
    public void requireNoCycle(TaskId task, List<TaskId> prerequisites) {
        for (TaskId prerequisite : prerequisites) {
            Optional<List<TaskId>> back = path(prerequisite, task);
            if (back.isPresent()) {
                List<TaskId> cycle = new ArrayList<>();
                cycle.add(task);
                cycle.addAll(back.get());
                throw new OrchestratorException(ErrorCode.DEPENDENCY_CYCLE,
                        "dependency cycle: " + cycle.stream().map(TaskId::value).collect(Collectors.joining(" -> ")),
                        "dependencies", List.of());
            }
        }
    }

    /** A path of "depends on" edges from {@code from} to {@code to}, both included, if one exists. */
    public Optional<List<TaskId>> path(TaskId from, TaskId to) {
        if (from.equals(to)) {
            return Optional.of(List.of(from));
        }
        Map<TaskId, TaskId> cameFrom = new HashMap<>();
        cameFrom.put(from, from);
        Deque<TaskId> frontier = new ArrayDeque<>();
        frontier.add(from);
        while (!frontier.isEmpty()) {
            TaskId current = frontier.poll();
            for (TaskId next : prerequisitesOf.apply(current)) {
                if (cameFrom.putIfAbsent(next, current) != null) {
                    continue;
                }
                if (next.equals(to)) {
                    return Optional.of(walkBack(cameFrom, from, to));
                }
                frontier.add(next);
            }
        }
        return Optional.empty();
    }

    /** Any cycle reachable from {@code start}, in dependency order with the first task repeated at the end. */
    public Optional<List<TaskId>> findCycleFrom(TaskId start) {
        Map<TaskId, Boolean> onStack = new HashMap<>();
        Deque<Map.Entry<TaskId, Iterator<TaskId>>> stack = new ArrayDeque<>();
        stack.push(Map.entry(start, prerequisitesOf.apply(start).iterator()));
        onStack.put(start, true);
        while (!stack.isEmpty()) {
            Map.Entry<TaskId, Iterator<TaskId>> top = stack.peek();
            if (!top.getValue().hasNext()) {
                onStack.put(top.getKey(), false);
                stack.pop();
                continue;
            }
            TaskId next = top.getValue().next();
            Boolean state = onStack.get(next);
            if (Boolean.TRUE.equals(state)) {
                List<TaskId> cycle = new ArrayList<>();
                for (Map.Entry<TaskId, Iterator<TaskId>> frame : stack) {
                    cycle.add(frame.getKey());
                    if (frame.getKey().equals(next)) {
                        break;
                    }
                }
                Collections.reverse(cycle);
                cycle.add(next);
                return Optional.of(cycle);
            }
            if (state == null) {
                onStack.put(next, true);
                stack.push(Map.entry(next, prerequisitesOf.apply(next).iterator()));
            }
        }
        return Optional.empty();
    }

    /**
     * The number of edges of the longest path that starts at {@code start}: read with "depends on"
     * edges it is the depth of prerequisites, read with "is waited on by" edges the longest chain of
     * dependents. Iterative post-order walk with memo, so long chains neither overflow the stack nor
     * repeat work; a cycle (which the graph refuses to store) would count as ending where it closes.
     */
    public int longestPathFrom(TaskId start) {
        Map<TaskId, Integer> memo = new HashMap<>();
        Map<TaskId, List<TaskId>> next = new HashMap<>();
        Deque<TaskId> stack = new ArrayDeque<>();
        java.util.Set<TaskId> expanded = new java.util.HashSet<>();
        stack.push(start);
        while (!stack.isEmpty()) {
            TaskId current = stack.peek();
            if (memo.containsKey(current)) {
                stack.pop();
                continue;
            }
            List<TaskId> neighbours = next.computeIfAbsent(current, prerequisitesOf);
            if (expanded.add(current)) {
                neighbours.stream().filter(n -> !memo.containsKey(n) && !expanded.contains(n)).forEach(stack::push);
                continue;
            }
            stack.pop();
            memo.put(current, neighbours.stream().mapToInt(n -> 1 + memo.getOrDefault(n, 0)).max().orElse(0));
        }
        return memo.get(start);
    }

    private static List<TaskId> walkBack(Map<TaskId, TaskId> cameFrom, TaskId from, TaskId to) {
        List<TaskId> path = new ArrayList<>();
        TaskId step = to;
        while (!step.equals(from)) {
            path.add(step);
            step = cameFrom.get(step);
        }
        path.add(from);
        Collections.reverse(path);
        return path;
    }
}

package dev.taskorchestrator.domain.task;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.Deque;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The chains of dependencies among some tasks, the ones outside left out: for each task the longest
 * chain that ends at it. Found in one pass in Kahn's order, so long chains do not overflow the
 * stack; a cycle (which the store refuses) would only leave its tasks at length one.
 */
public final class DependencyChains {

    private final Map<TaskId, Integer> length;
    private final Map<TaskId, TaskId> cameFrom;
    private final TaskId end;

    private DependencyChains(Map<TaskId, Integer> length, Map<TaskId, TaskId> cameFrom, TaskId end) {
        this.length = length;
        this.cameFrom = cameFrom;
        this.end = end;
    }

    public static DependencyChains among(Collection<Task> tasks) {
        Map<TaskId, Task> inside = new LinkedHashMap<>();
        tasks.forEach(task -> inside.put(task.id(), task));
        Map<TaskId, Integer> waitingOn = new HashMap<>();
        Map<TaskId, List<TaskId>> dependents = new HashMap<>();
        inside.values().forEach(task -> {
            List<TaskId> prerequisites = task.dependencies().stream().filter(inside::containsKey).toList();
            waitingOn.put(task.id(), prerequisites.size());
            prerequisites.forEach(prerequisite -> dependents.computeIfAbsent(prerequisite, key -> new ArrayList<>())
                    .add(task.id()));
        });
        Deque<TaskId> free = new ArrayDeque<>();
        inside.keySet().stream().filter(id -> waitingOn.get(id) == 0).forEach(free::add);
        Map<TaskId, Integer> length = new HashMap<>();
        Map<TaskId, TaskId> cameFrom = new HashMap<>();
        TaskId end = null;
        while (!free.isEmpty()) {
            TaskId current = free.poll();
            int reached = length.merge(current, 1, Math::max);
            if (end == null || reached > length.get(end)) {
                end = current;
            }
            for (TaskId dependent : dependents.getOrDefault(current, List.of())) {
                if (reached + 1 > length.getOrDefault(dependent, 0)) {
                    length.put(dependent, reached + 1);
                    cameFrom.put(dependent, current);
                }
                if (waitingOn.merge(dependent, -1, Integer::sum) == 0) {
                    free.add(dependent);
                }
            }
        }
        return new DependencyChains(length, cameFrom, end);
    }

    /** How many tasks the longest chain ending at this one holds, itself included; 1 for a task waiting on none of them. */
    public int length(TaskId task) {
        return length.getOrDefault(task, 1);
    }

    /** The longest chain, first prerequisite first; empty among no tasks. Ties go to the task met first. */
    public List<TaskId> longest() {
        List<TaskId> path = new ArrayList<>();
        for (TaskId step = end; step != null; step = cameFrom.get(step)) {
            path.add(step);
        }
        Collections.reverse(path);
        return path;
    }
}

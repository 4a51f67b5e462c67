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
 * The longest chain of work still to do among some tasks (a plan): open tasks only, linked by
 * their dependencies on one another. However many agents there are, the plan cannot finish sooner
 * than this chain, one task after the other, so it is where a delay costs the most. Every task
 * counts as one step: efforts are free text and cannot be added up.
 */
public final class CriticalPath {

    private CriticalPath() {
    }

    /**
     * The chain, first prerequisite first; empty when nothing is open. Ties go to the task met first
     * in {@code tasks}, so the same plan gives the same path. A cycle (which the store refuses)
     * would only leave its tasks out.
     */
    public static List<TaskId> of(Collection<Task> tasks) {
        Map<TaskId, Task> open = new LinkedHashMap<>();
        tasks.stream().filter(task -> !task.status().isClosed()).forEach(task -> open.put(task.id(), task));
        Map<TaskId, Integer> waitingOn = new HashMap<>();
        Map<TaskId, List<TaskId>> dependents = new HashMap<>();
        open.values().forEach(task -> {
            List<TaskId> inPlan = task.dependencies().stream().filter(open::containsKey).toList();
            waitingOn.put(task.id(), inPlan.size());
            inPlan.forEach(prerequisite -> dependents.computeIfAbsent(prerequisite, key -> new ArrayList<>()).add(task.id()));
        });
        Deque<TaskId> free = new ArrayDeque<>();
        open.keySet().stream().filter(id -> waitingOn.get(id) == 0).forEach(free::add);
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
        List<TaskId> path = new ArrayList<>();
        for (TaskId step = end; step != null; step = cameFrom.get(step)) {
            path.add(step);
        }
        Collections.reverse(path);
        return path;
    }
}

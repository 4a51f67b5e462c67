package dev.taskorchestrator.application.port.in;

import dev.taskorchestrator.domain.session.Session;
import dev.taskorchestrator.domain.task.CriticalPath;
import dev.taskorchestrator.domain.task.PlanProgress;
import dev.taskorchestrator.domain.task.Readiness;
import dev.taskorchestrator.domain.task.Task;
import dev.taskorchestrator.domain.task.TaskId;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/** Everything a board shows, read in one snapshot: every task, which are ready, the sessions. */
public interface BoardUseCase {

    Board board();

    /** The tasks and what follows from them, with the position of the change feed the snapshot was read at. */
    final class Board {
        private final List<Task> tasks;
        private final Map<TaskId, Task> byId = new LinkedHashMap<>();
        private final Map<TaskId, List<Task>> children = new HashMap<>();
        private final Set<TaskId> ready;
        private final List<Session> sessions;
        private final ChangeFeedUseCase.Position position;
        private final Instant readAt;

        public Board(List<Task> tasks, Set<TaskId> ready, List<Session> sessions, ChangeFeedUseCase.Position position,
                Instant readAt) {
            this.tasks = List.copyOf(tasks);
            this.ready = Set.copyOf(ready);
            this.sessions = List.copyOf(sessions);
            this.position = Objects.requireNonNull(position, "position");
            this.readAt = Objects.requireNonNull(readAt, "readAt");
            this.tasks.forEach(task -> byId.put(task.id(), task));
            this.tasks.forEach(task -> task.parentId().filter(byId::containsKey)
                    .ifPresent(parent -> children.computeIfAbsent(parent, key -> new ArrayList<>()).add(task)));
        }

        /** Every task, oldest first. */
        public List<Task> tasks() {
            return tasks;
        }

        public Optional<Task> find(TaskId id) {
            return Optional.ofNullable(byId.get(id));
        }

        /** The tasks without a parent: the plans, and tasks on their own. */
        public List<Task> roots() {
            return tasks.stream().filter(task -> task.parentId().filter(byId::containsKey).isEmpty()).toList();
        }

        /** The direct subtasks, oldest first. */
        public List<Task> children(TaskId parent) {
            return children.getOrDefault(parent, List.of());
        }

        /** The subtasks at every depth, parents before their children. */
        public List<Task> descendants(TaskId root) {
            List<Task> found = new ArrayList<>();
            Deque<Task> waiting = new ArrayDeque<>(children(root));
            while (!waiting.isEmpty()) {
                Task next = waiting.poll();
                found.add(next);
                waiting.addAll(children(next.id()));
            }
            return found;
        }

        /** How far a parent's direct subtasks have come; empty for a task without any. */
        public Optional<PlanProgress> progress(TaskId parent) {
            List<Task> subtasks = children(parent);
            return subtasks.isEmpty() ? Optional.empty() : Optional.of(PlanProgress.of(subtasks));
        }

        /** The longest chain of open work among a plan's subtasks (see {@link CriticalPath}). */
        public List<TaskId> criticalPath(TaskId root) {
            return CriticalPath.of(descendants(root));
        }

        /** The prerequisites a task still waits on, as {@link Readiness} counts them; one no longer stored is left out. */
        public List<Task> waitingOn(TaskId task) {
            return find(task).map(found -> Readiness.unmetPrerequisites(found, byId).stream()
                    .flatMap(id -> find(id).stream()).toList()).orElse(List.of());
        }

        /** The tasks that depend on this one, oldest first. */
        public List<Task> dependents(TaskId task) {
            return tasks.stream().filter(other -> other.dependencies().contains(task)).toList();
        }

        /** Pending, every prerequisite done, no subtask open: what an agent could start now. */
        public boolean isReady(TaskId task) {
            return ready.contains(task);
        }

        public List<Session> sessions() {
            return sessions;
        }

        public ChangeFeedUseCase.Position position() {
            return position;
        }

        public Instant readAt() {
            return readAt;
        }
    }
}

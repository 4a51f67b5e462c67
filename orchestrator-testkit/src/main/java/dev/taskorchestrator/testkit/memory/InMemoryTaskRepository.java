package dev.taskorchestrator.testkit.memory;

import dev.taskorchestrator.application.port.out.ReadyFilter;
import dev.taskorchestrator.application.port.out.TaskFilter;
import dev.taskorchestrator.application.port.out.TaskPage;
import dev.taskorchestrator.application.port.out.TaskRepository;
import dev.taskorchestrator.domain.common.ErrorCode;
import dev.taskorchestrator.domain.common.OrchestratorException;
import dev.taskorchestrator.domain.session.SessionId;
import dev.taskorchestrator.domain.task.DependencyGraph;
import dev.taskorchestrator.domain.task.Readiness;
import dev.taskorchestrator.domain.task.Task;
import dev.taskorchestrator.domain.task.TaskId;
import dev.taskorchestrator.domain.task.TaskStatus;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.Deque;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;

/** Tasks in memory, with the same meaning as the SQL stores (the contract tests hold both to it). */
public final class InMemoryTaskRepository implements TaskRepository {

    private final InMemoryDatabase db;

    public InMemoryTaskRepository(InMemoryDatabase db) {
        this.db = db;
    }

    @Override
    public void add(Task task) {
        db.locked(() -> {
            if (db.tasks.containsKey(task.id())) {
                throw new OrchestratorException(ErrorCode.CONFLICT, "task " + task.id() + " already exists");
            }
            db.tasks.put(task.id(), task);
            return null;
        });
    }

    @Override
    public Task update(Task task) {
        return db.locked(() -> {
            Task stored = db.tasks.get(task.id());
            if (stored == null || stored.version() != task.version()) {
                throw new OrchestratorException(ErrorCode.CONFLICT, "task " + task.id() + " was changed or removed by"
                        + " someone else (version " + task.version() + " is stale); read it again and retry",
                        "version", List.of());
            }
            Task next = task.withVersion(task.version() + 1);
            db.tasks.put(task.id(), next);
            return next;
        });
    }

    @Override
    public void remove(Collection<TaskId> ids) {
        db.locked(() -> {
            ids.forEach(db.tasks::remove);
            return null;
        });
    }

    /** Every in-memory transaction already holds the one lock, so there is nothing more to hold. */
    @Override
    public void lockForUpdate(Collection<TaskId> ids) {
        db.locked(() -> null);
    }

    @Override
    public void lockDependencyGraph() {
        db.locked(() -> null);
    }

    @Override
    public boolean tryLockForUpdate(TaskId id) {
        return db.locked(() -> true);
    }

    @Override
    public Optional<Task> findById(TaskId id) {
        return db.locked(() -> Optional.ofNullable(db.tasks.get(id)));
    }

    @Override
    public Map<TaskId, Task> findAllById(Collection<TaskId> ids) {
        return db.locked(() -> {
            Map<TaskId, Task> found = new LinkedHashMap<>();
            ids.forEach(id -> Optional.ofNullable(db.tasks.get(id)).ifPresent(task -> found.put(id, task)));
            return found;
        });
    }

    @Override
    public List<Task> findChildren(TaskId parentId) {
        return db.locked(() -> stream().filter(t -> t.parentId().filter(parentId::equals).isPresent()).toList());
    }

    @Override
    public List<Task> findDependents(TaskId prerequisite) {
        return db.locked(() -> stream().filter(t -> t.dependencies().contains(prerequisite)).toList());
    }

    @Override
    public Map<TaskId, Integer> longestOpenDependentChains(Collection<TaskId> prerequisites, int cap) {
        return db.locked(() -> {
            DependencyGraph waitedOnBy = new DependencyGraph(id -> stream()
                    .filter(t -> t.status().isOpen() && t.dependencies().contains(id)).map(Task::id).toList());
            Map<TaskId, Integer> found = new LinkedHashMap<>();
            Set.copyOf(prerequisites).forEach(id -> found.put(id, Math.min(cap, waitedOnBy.longestPathFrom(id))));
            return found;
        });
    }

    @Override
    public Map<TaskId, List<TaskId>> prerequisitesReachableFrom(Collection<TaskId> starts) {
        return db.locked(() -> {
            Map<TaskId, List<TaskId>> edges = new LinkedHashMap<>();
            Deque<TaskId> frontier = new ArrayDeque<>(starts);
            while (!frontier.isEmpty()) {
                TaskId id = frontier.poll();
                Task task = db.tasks.get(id);
                if (task != null && !edges.containsKey(id)) {
                    edges.put(id, task.dependencies());
                    frontier.addAll(task.dependencies());
                }
            }
            edges.values().removeIf(List::isEmpty);
            return edges;
        });
    }

    @Override
    public List<Task> findDescendants(TaskId root) {
        return db.locked(() -> {
            List<Task> found = new ArrayList<>();
            Deque<TaskId> frontier = new ArrayDeque<>(List.of(root));
            while (!frontier.isEmpty()) {
                for (Task child : findChildren(frontier.poll())) {
                    found.add(child);
                    frontier.add(child.id());
                }
            }
            return found;
        });
    }

    @Override
    public TaskPage query(TaskFilter filter, Optional<TaskId> after, int limit) {
        return db.locked(() -> {
            List<Task> matching = stream()
                    .filter(t -> after.map(a -> t.id().compareTo(a) > 0).orElse(true))
                    .filter(filter::matches)
                    .limit(limit + 1L)
                    .toList();
            return new TaskPage(matching.subList(0, Math.min(limit, matching.size())), matching.size() > limit);
        });
    }

    @Override
    public long count(TaskFilter filter) {
        return db.locked(() -> stream().filter(filter::matches).count());
    }

    @Override
    public Map<TaskStatus, Long> countByStatus(Optional<SessionId> session) {
        return db.locked(() -> {
            Map<TaskStatus, Long> counts = new EnumMap<>(TaskStatus.class);
            stream().filter(t -> session.map(s -> t.sessionId().filter(s::equals).isPresent()).orElse(true))
                    .forEach(t -> counts.merge(t.status(), 1L, Long::sum));
            return counts;
        });
    }

    @Override
    public List<Task> findReady(ReadyFilter filter, Instant now, int limit) {
        return db.locked(() -> stream()
                .filter(t -> startable(t, now))
                .filter(filter::matchesFields)
                .filter(t -> filter.under().map(root -> isBelow(t, root)).orElse(true))
                .filter(t -> Readiness.isReady(t, findAllById(t.dependencies())))
                .filter(t -> findChildren(t.id()).stream().allMatch(child -> child.status().isClosed()))
                .sorted(Comparator.comparing((Task t) -> !parentInProgress(t))
                        .thenComparing(Task::priority, Comparator.reverseOrder())
                        .thenComparing(Task::createdAt)
                        .thenComparing(Task::id))
                .limit(limit)
                .toList());
    }

    @Override
    public List<Task> findExpiredClaims(Instant now, int limit) {
        return db.locked(() -> stream()
                .filter(t -> t.status() == TaskStatus.IN_PROGRESS && t.leaseExpiredAt(now))
                .sorted(Comparator.comparing((Task t) -> t.data().leaseExpiresAt().orElseThrow()).thenComparing(Task::id))
                .limit(limit)
                .toList());
    }

    private boolean isBelow(Task task, TaskId root) {
        for (Optional<TaskId> up = task.parentId(); up.isPresent(); up = up.map(db.tasks::get).flatMap(Task::parentId)) {
            if (up.get().equals(root)) {
                return true;
            }
        }
        return false;
    }

    private static boolean startable(Task task, Instant now) {
        return task.status() == TaskStatus.PENDING
                || (task.status() == TaskStatus.IN_PROGRESS && !task.isClaimedAt(now));
    }

    private boolean parentInProgress(Task task) {
        return task.parentId().map(db.tasks::get).filter(p -> p.status() == TaskStatus.IN_PROGRESS).isPresent();
    }

    private Stream<Task> stream() {
        return db.tasks.values().stream();
    }
}

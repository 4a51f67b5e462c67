package dev.taskorchestrator.application.port.out;

import dev.taskorchestrator.domain.session.SessionId;
import dev.taskorchestrator.domain.task.PlanProgress;
import dev.taskorchestrator.domain.task.Task;
import dev.taskorchestrator.domain.task.TaskId;
import dev.taskorchestrator.domain.task.TaskStatus;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The tasks of the orchestrator, as a collection. Every method joins the current unit of work. */
public interface TaskRepository {

    /** Stores a new task. A task with the same id already stored is a CONFLICT. */
    void add(Task task);

    /**
     * Stores new tasks as {@link #add} does, a parent before its subtasks; a task may depend on one
     * later in the list. A store may write them in batches: an import of 10,000 tasks is one call.
     */
    default void addAll(List<Task> tasks) {
        tasks.forEach(this::add);
    }

    /**
     * Stores a changed task if, and only if, the stored version is still {@code task.version()};
     * returns it with the next version. A stale or missing version is a CONFLICT, never a silent
     * overwrite.
     */
    Task update(Task task);

    /**
     * Removes tasks for good, with their own dependency edges, children before parents in the
     * order given. Remaining tasks may still name a
     * removed task as a prerequisite (such a prerequisite counts as unmet); their parent ids must
     * not point at a removed task.
     */
    void remove(Collection<TaskId> ids);

    /**
     * Holds these tasks against other writers until the current unit of work ends, so that a use
     * case can read them, decide and write without a concurrent change slipping in between (a
     * row lock where the database needs one). Ids that do not exist are ignored.
     */
    void lockForUpdate(Collection<TaskId> ids);

    /**
     * Makes changes to the dependency graph take turns until the unit of work ends, so that two
     * edges added at once (A->B here, B->A there) cannot both pass the cycle check.
     */
    void lockDependencyGraph();

    /**
     * Locks one task as {@link #lockForUpdate} does if no other unit of work holds it, and says
     * false at once otherwise, so that an agent looking for work moves on instead of queueing
     * behind another agent's claim (SKIP LOCKED where the database has it).
     */
    boolean tryLockForUpdate(TaskId id);

    Optional<Task> findById(TaskId id);

    /** The tasks among {@code ids} that exist, by id. */
    Map<TaskId, Task> findAllById(Collection<TaskId> ids);

    /** Direct subtasks, in id (creation) order. */
    List<Task> findChildren(TaskId parentId);

    /**
     * The progress of the direct subtasks, as {@link PlanProgress#of} would count them. A store
     * counts them where they are: every completion asks, and a plan may have a thousand subtasks.
     */
    default PlanProgress subtaskProgress(TaskId parentId) {
        return PlanProgress.of(findChildren(parentId));
    }

    /** Tasks that list {@code prerequisite} among their dependencies, in id order. */
    List<Task> findDependents(TaskId prerequisite);

    /**
     * For each of {@code prerequisites}, how many open (pending, in progress or blocked) tasks the
     * longest chain waiting on it holds: 2 when B waits on it and C waits on B, counted up to
     * {@code cap} (a longer chain counts {@code cap}). Prerequisites with no open dependents may be
     * absent (they count 0). One call, and no more work than {@code cap} steps of each chain.
     */
    Map<TaskId, Integer> longestOpenDependentChains(Collection<TaskId> prerequisites, int cap);

    /**
     * The dependency edges of {@code starts} and of every task they depend on, at any depth: each
     * task's prerequisites in their order, for a cycle check to walk in memory. One call, however
     * long the chains.
     */
    Map<TaskId, List<TaskId>> prerequisitesReachableFrom(Collection<TaskId> starts);

    /** Every task below {@code root} at any depth, parents before their children. */
    List<Task> findDescendants(TaskId root);

    /** Tasks matching {@code filter} with an id after {@code after}, in id order, at most {@code limit}. */
    TaskPage query(TaskFilter filter, Optional<TaskId> after, int limit);

    long count(TaskFilter filter);

    /** How many tasks hold each status, optionally within one session; statuses without tasks are absent. */
    Map<TaskStatus, Long> countByStatus(Optional<SessionId> session);

    /**
     * Tasks an agent could start at {@code now}: pending, or in progress with no running claim
     * (an expired lease, or a plan's parent); every prerequisite done (completed, or completed and
     * archived); every subtask closed; matching {@code filter}. Blocked tasks wait for a person. At most
     * {@code limit}, those whose parent is in progress first, then by priority (highest first),
     * then oldest first. The caller ranks this window finely.
     */
    List<Task> findReady(ReadyFilter filter, Instant now, int limit);

    /**
     * The same window as {@link #findReady}, in the same order, with only what ranking needs of
     * each task; a store reads a few columns instead of loading every task in full.
     */
    default List<ReadyTask> findReadyToRank(ReadyFilter filter, Instant now, int limit) {
        List<Task> ready = findReady(filter, now, limit);
        Map<TaskId, Task> parents = findAllById(ready.stream().flatMap(task -> task.parentId().stream()).toList());
        return ready.stream().map(task -> new ReadyTask(task.id(), task.priority(), task.createdAt(), task.parentId()
                .map(parents::get).filter(parent -> parent.status() == TaskStatus.IN_PROGRESS).isPresent())).toList();
    }

    /** In-progress tasks whose claim expired before {@code now}, oldest first, at most {@code limit}. */
    List<Task> findExpiredClaims(Instant now, int limit);
}

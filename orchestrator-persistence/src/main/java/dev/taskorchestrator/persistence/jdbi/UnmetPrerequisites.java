package dev.taskorchestrator.persistence.jdbi;

import dev.taskorchestrator.domain.task.Readiness;
import dev.taskorchestrator.domain.task.Task;
import dev.taskorchestrator.domain.task.TaskId;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeSet;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.statement.PreparedBatch;

/**
 * Each task's count of prerequisites not done (a missing one counts), kept in
 * {@code tasks.unmet_prerequisites} (migration V8) so that next-task walks the pending tasks with
 * none along a partial index, instead of checking the prerequisites of every pending task in
 * ranking order (4,995 tasks of a waiting chain, at each call). The readiness queries still check
 * the prerequisites of what they find, so a count that is too low can never make a task ready
 * early; what must never happen is a count too high, which would hold a task back for good.
 *
 * <p>Counts are set, never incremented, from what is read after the rows they depend on are
 * locked (PostgreSQL runs at read committed; SQLite's writers are serial anyway): a task's own
 * count after its prerequisites are locked, its dependents' counts after they are locked. So two
 * prerequisites of one task completed at once cannot both count the other as not done: the second
 * to lock the task counts after the first committed.
 */
public final class UnmetPrerequisites {

    /** How many tasks hold a count that their dependencies contradict: for the full integrity check. */
    public static final String MISCOUNTED = "SELECT COUNT(*) FROM tasks t WHERE t.unmet_prerequisites <> ("
            + "SELECT COUNT(*) FROM task_dependencies d LEFT JOIN tasks pr ON pr.id = d.prerequisite_id"
            + " WHERE d.task_id = t.id AND (pr.id IS NULL OR NOT " + done("pr.") + "))";

    private UnmetPrerequisites() {
    }

    /** SQL true when the task of the columns prefixed {@code alias} is done ({@link Readiness#isDone}). */
    static String done(String alias) {
        return "(" + alias + "status = 'completed' OR (" + alias + "status = 'archived' AND " + alias
                + "completed_at IS NOT NULL))";
    }

    /**
     * How many of these prerequisites are not done, read after they are locked: the count a task
     * with them is written with, when it is stored or its prerequisites are replaced.
     */
    static int count(Handle handle, Dialect dialect, List<TaskId> prerequisites) {
        if (prerequisites.isEmpty()) {
            return 0;
        }
        List<String> ids = prerequisites.stream().map(TaskId::value).distinct().toList();
        RowLocks.lockTasks(handle, dialect, ids);
        return ids.size() - doneAmong(handle, ids).size();
    }

    /** A task was written: if it is done now, its dependents' counts. */
    static void afterWrite(Handle handle, Dialect dialect, Task task) {
        // Done is final (completed may only be archived, which keeps it done): a task turns done once.
        if (Readiness.isDone(task)) {
            recountDependents(handle, dialect, List.of(task.id().value()));
        }
    }

    /** Tasks were removed: whoever depended on one of them now waits for a prerequisite that is gone. */
    static void afterRemoval(Handle handle, Dialect dialect, Collection<String> removed) {
        recountDependents(handle, dialect, removed);
    }

    /**
     * Tasks were added together, each written with its number of dependencies as its count: the
     * true counts of those with dependencies, and of the dependents of the done ones (a task stored
     * earlier may have waited for one of them).
     */
    static void afterAdding(Handle handle, Dialect dialect, List<Task> added) {
        // Their prerequisites stored before are locked first, as count() does for one task: one completed
        // meanwhile by another writer is then either seen done here, or its writer, waiting for the lock,
        // sees these tasks depend on it and counts them again.
        Set<String> adding = new HashSet<>();
        added.forEach(task -> adding.add(task.id().value()));
        List<String> before = added.stream().flatMap(task -> task.dependencies().stream()).map(TaskId::value)
                .filter(id -> !adding.contains(id)).toList();
        RowLocks.lockTasks(handle, dialect, before);
        SortedSet<String> recounted = new TreeSet<>(dependentsOf(handle, added.stream().filter(Readiness::isDone)
                .map(task -> task.id().value()).toList()));
        added.stream().filter(task -> !task.dependencies().isEmpty()).forEach(task -> recounted.add(task.id().value()));
        recount(handle, dialect, recounted);
    }

    private static void recountDependents(Handle handle, Dialect dialect, Collection<String> changed) {
        recount(handle, dialect, dependentsOf(handle, changed));
    }

    private static SortedSet<String> dependentsOf(Handle handle, Collection<String> changed) {
        SortedSet<String> dependents = new TreeSet<>();
        for (List<String> slice : Slices.of(List.copyOf(changed))) {
            dependents.addAll(handle.createQuery("SELECT task_id FROM task_dependencies WHERE prerequisite_id IN (<ids>)")
                    .bindList("ids", slice).mapTo(String.class).list());
        }
        return dependents;
    }

    private static void recount(Handle handle, Dialect dialect, SortedSet<String> dependents) {
        if (dependents.isEmpty()) {
            return;
        }
        RowLocks.lockTasks(handle, dialect, List.copyOf(dependents));
        Map<String, List<String>> prerequisites = new HashMap<>();
        for (List<String> slice : Slices.of(List.copyOf(dependents))) {
            handle.createQuery("SELECT task_id, prerequisite_id FROM task_dependencies WHERE task_id IN (<ids>)")
                    .bindList("ids", slice).map((rs, ctx) -> Map.entry(rs.getString(1), rs.getString(2)))
                    .forEach(edge -> prerequisites.computeIfAbsent(edge.getKey(), k -> new ArrayList<>())
                            .add(edge.getValue()));
        }
        Set<String> done = doneAmong(handle, prerequisites.values().stream().flatMap(List::stream).distinct().toList());
        Map<String, Integer> counts = new HashMap<>();
        dependents.forEach(dependent -> counts.put(dependent, (int) prerequisites.getOrDefault(dependent, List.of())
                .stream().filter(id -> !done.contains(id)).count()));
        set(handle, counts);
    }

    /**
     * Which of these tasks are done: primary-key lookups, so the plan holds before PostgreSQL has
     * statistics (a correlated count over dependencies and tasks, planned on an unanalysed table,
     * cost 4 ms a task while a chain of 2,000 was stored in one transaction).
     */
    private static Set<String> doneAmong(Handle handle, List<String> ids) {
        Set<String> done = new HashSet<>();
        for (List<String> slice : Slices.of(ids)) {
            done.addAll(handle.createQuery("SELECT t.id FROM tasks t WHERE t.id IN (<ids>) AND " + done("t."))
                    .bindList("ids", slice).mapTo(String.class).list());
        }
        return done;
    }

    /** Writes only the counts that change: a row written is a new row version with its index entries. */
    private static void set(Handle handle, Map<String, Integer> counts) {
        PreparedBatch batch = handle.prepareBatch("UPDATE tasks SET unmet_prerequisites = :unmet WHERE id = :id"
                + " AND unmet_prerequisites <> :unmet");
        counts.forEach((id, unmet) -> batch.bind("id", id).bind("unmet", unmet).add());
        batch.execute();
    }
}

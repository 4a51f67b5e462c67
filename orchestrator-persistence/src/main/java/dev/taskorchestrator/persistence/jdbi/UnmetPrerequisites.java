package dev.taskorchestrator.persistence.jdbi;

import dev.taskorchestrator.domain.task.Readiness;
import dev.taskorchestrator.domain.task.Task;
import dev.taskorchestrator.domain.task.TaskId;
import java.util.Collection;
import java.util.List;
import java.util.SortedSet;
import java.util.TreeSet;
import org.jdbi.v3.core.Handle;

/**
 * Each task's count of prerequisites not done (a missing one counts), kept in
 * {@code tasks.unmet_prerequisites} (migration V8) so that next-task walks the pending tasks with
 * none along a partial index, instead of checking the prerequisites of every pending task in
 * ranking order (4,995 tasks of a waiting chain, at each call). The readiness queries still check
 * the prerequisites of what they find, so a count that is too low can never make a task ready
 * early; what must never happen is a count too high, which would hold a task back for good.
 *
 * <p>Counts are set, never incremented, by a statement that starts after the rows it depends on
 * are locked (PostgreSQL runs at read committed; SQLite's writers are serial anyway): a task's own
 * count after its prerequisites are locked, its dependents' counts after they are locked. So two
 * prerequisites of one task completed at once cannot both count the other as not done: the second
 * to lock the task counts after the first committed.
 */
final class UnmetPrerequisites {

    private static final String RECOUNT = "UPDATE tasks SET unmet_prerequisites = (" + count("tasks.id")
            + ") WHERE id IN (<ids>) AND unmet_prerequisites <> (" + count("tasks.id") + ")";

    private UnmetPrerequisites() {
    }

    /** SQL true when the task of the columns prefixed {@code alias} is done ({@link Readiness#isDone}). */
    static String done(String alias) {
        return "(" + alias + "status = 'completed' OR (" + alias + "status = 'archived' AND " + alias
                + "completed_at IS NOT NULL))";
    }

    /** SQL: how many prerequisites of the task {@code task} (a column) are not done or gone. */
    private static String count(String task) {
        return "SELECT COUNT(*) FROM task_dependencies d LEFT JOIN tasks pr ON pr.id = d.prerequisite_id"
                + " WHERE d.task_id = " + task + " AND (pr.id IS NULL OR NOT " + done("pr.") + ")";
    }

    /** A task was stored, or its prerequisites replaced: its own count, then (if done) its dependents'. */
    static void afterWrite(Handle handle, Dialect dialect, Task task, boolean prerequisitesChanged) {
        if (prerequisitesChanged) {
            lock(handle, dialect, task.dependencies().stream().map(TaskId::value).toList());
            recount(handle, List.of(task.id().value()));
        }
        // Done is final (completed may only be archived, which keeps it done): a task turns done once.
        if (Readiness.isDone(task)) {
            recountDependents(handle, dialect, List.of(task.id().value()));
        }
    }

    /** Tasks were removed: whoever depended on one of them now waits for a prerequisite that is gone. */
    static void afterRemoval(Handle handle, Dialect dialect, Collection<String> removed) {
        recountDependents(handle, dialect, removed);
    }

    private static void recountDependents(Handle handle, Dialect dialect, Collection<String> prerequisites) {
        SortedSet<String> dependents = new TreeSet<>();
        for (List<String> slice : Slices.of(List.copyOf(prerequisites))) {
            dependents.addAll(handle.createQuery("SELECT task_id FROM task_dependencies WHERE prerequisite_id IN (<ids>)")
                    .bindList("ids", slice).mapTo(String.class).list());
        }
        if (!dependents.isEmpty()) {
            lock(handle, dialect, List.copyOf(dependents));
            recount(handle, List.copyOf(dependents));
        }
    }

    /** In ascending id order, as every unit of work that locks several tasks does, so none waits in a circle. */
    private static void lock(Handle handle, Dialect dialect, List<String> ids) {
        String sql = dialect.lockTasksSql();
        if (!sql.isEmpty()) {
            for (List<String> slice : Slices.of(ids.stream().sorted().distinct().toList())) {
                handle.createQuery(sql).bindList("ids", slice).mapTo(String.class).list();
            }
        }
    }

    private static void recount(Handle handle, List<String> ids) {
        for (List<String> slice : Slices.of(ids)) {
            handle.createUpdate(RECOUNT).bindList("ids", slice).execute();
        }
    }
}

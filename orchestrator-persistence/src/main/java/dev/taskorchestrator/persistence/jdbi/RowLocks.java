package dev.taskorchestrator.persistence.jdbi;

import java.util.List;
import org.jdbi.v3.core.Handle;

/**
 * Row locks on tasks until the transaction ends, where the database needs them (not SQLite, whose
 * writers are serial).
 */
final class RowLocks {

    private RowLocks() {
    }

    /** In ascending id order, as every unit of work that locks several tasks does, so none waits in a circle. */
    static void lockTasks(Handle handle, Dialect dialect, List<String> ids) {
        String sql = dialect.lockTasksSql();
        if (!sql.isEmpty()) {
            for (List<String> slice : Slices.of(ids.stream().sorted().distinct().toList())) {
                handle.createQuery(sql).bindList("ids", slice).mapTo(String.class).list();
            }
        }
    }
}

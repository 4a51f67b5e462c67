package dev.taskorchestrator.persistence.jdbi;

import dev.taskorchestrator.application.port.out.EventLog;
import dev.taskorchestrator.domain.common.WireValues;
import dev.taskorchestrator.domain.task.TaskEvent;
import dev.taskorchestrator.domain.task.TaskEventType;
import dev.taskorchestrator.domain.task.TaskId;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.List;
import java.util.Optional;

/** Task history in the database, in append order (the sequence column). */
public final class JdbiEventLog implements EventLog {

    private final Handles handles;

    public JdbiEventLog(Handles handles) {
        this.handles = handles;
    }

    @Override
    public void append(TaskEvent event) {
        handles.with(handle -> handle.createUpdate("INSERT INTO task_events (task_id, type, at, actor, detail)"
                + " VALUES (:task, :type, :at, :actor, :detail)")
                .bind("task", event.taskId().value())
                .bind("type", event.type().wire())
                .bind("at", Columns.nanos(event.at()))
                .bind("actor", event.actor().orElse(null))
                .bind("detail", event.detail())
                .execute());
    }

    @Override
    public List<TaskEvent> history(TaskId taskId, int limit) {
        List<TaskEvent> newestFirst = handles.with(handle -> handle.createQuery("SELECT type, at, actor, detail"
                + " FROM task_events WHERE task_id = :task ORDER BY seq DESC LIMIT :limit")
                .bind("task", taskId.value()).bind("limit", limit)
                .map((rs, ctx) -> new TaskEvent(taskId, WireValues.parse(TaskEventType.class, rs.getString("type"), "type"),
                        Columns.instant(rs.getLong("at")), Optional.ofNullable(rs.getString("actor")), rs.getString("detail")))
                .list());
        List<TaskEvent> oldestFirst = new ArrayList<>(newestFirst);
        Collections.reverse(oldestFirst);
        return oldestFirst;
    }

    @Override
    public long countByTasks(Collection<TaskId> taskIds) {
        if (taskIds.isEmpty()) {
            return 0;
        }
        return handles.with(handle -> handle.createQuery("SELECT count(*) FROM task_events WHERE task_id IN (<ids>)")
                .bindList("ids", taskIds.stream().map(TaskId::value).distinct().toList()).mapTo(Long.class).one());
    }
}

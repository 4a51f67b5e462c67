package dev.taskorchestrator.persistence.jdbi;

import dev.taskorchestrator.application.port.out.EventLog;
import dev.taskorchestrator.domain.common.WireValues;
import dev.taskorchestrator.domain.task.TaskEvent;
import dev.taskorchestrator.domain.task.TaskEventType;
import dev.taskorchestrator.domain.task.TaskId;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jdbi.v3.core.statement.PreparedBatch;
import org.jdbi.v3.core.statement.SqlStatement;

/** Task history in the database, in append order (the sequence column). */
public final class JdbiEventLog implements EventLog {

    private static final String INSERT = "INSERT INTO task_events (task_id, type, at, actor, detail)"
            + " VALUES (:task, :type, :at, :actor, :detail)";

    private final Handles handles;

    public JdbiEventLog(Handles handles) {
        this.handles = handles;
    }

    @Override
    public void append(TaskEvent event) {
        handles.with(handle -> bind(handle.createUpdate(INSERT), event).execute());
    }

    @Override
    public void appendAll(List<TaskEvent> events) {
        if (events.isEmpty()) {
            return;
        }
        handles.with(handle -> {
            for (List<TaskEvent> slice : Slices.of(events)) {
                PreparedBatch batch = handle.prepareBatch(INSERT);
                slice.forEach(event -> bind(batch, event).add());
                batch.execute();
            }
            return null;
        });
    }

    @Override
    public List<TaskEvent> history(TaskId taskId, int limit) {
        List<TaskEvent> newestFirst = handles.with(handle -> handle.createQuery("SELECT type, at, actor, detail"
                + " FROM task_events WHERE task_id = :task ORDER BY seq DESC LIMIT :limit")
                .bind("task", taskId.value()).bind("limit", limit)
                .map((rs, ctx) -> event(taskId, rs))
                .list());
        List<TaskEvent> oldestFirst = new ArrayList<>(newestFirst);
        Collections.reverse(oldestFirst);
        return oldestFirst;
    }

    @Override
    public Map<TaskId, List<TaskEvent>> historiesOf(List<TaskId> taskIds) {
        Map<TaskId, List<TaskEvent>> histories = new LinkedHashMap<>();
        taskIds.forEach(task -> histories.put(task, new ArrayList<>()));
        handles.with(handle -> {
            for (List<TaskId> slice : Slices.of(List.copyOf(histories.keySet()))) {
                handle.createQuery("SELECT task_id, type, at, actor, detail FROM task_events WHERE task_id IN (<ids>)"
                        + " ORDER BY seq").bindList("ids", slice.stream().map(TaskId::value).toList())
                        .map((rs, ctx) -> event(new TaskId(rs.getString("task_id")), rs))
                        .forEach(event -> histories.get(event.taskId()).add(event));
            }
            return null;
        });
        return histories;
    }

    @Override
    public long countByTasks(Collection<TaskId> taskIds) {
        if (taskIds.isEmpty()) {
            return 0;
        }
        return handles.with(handle -> handle.createQuery("SELECT count(*) FROM task_events WHERE task_id IN (<ids>)")
                .bindList("ids", taskIds.stream().map(TaskId::value).distinct().toList()).mapTo(Long.class).one());
    }

    @Override
    public long head() {
        return handles.with(handle -> handle.createQuery("SELECT COALESCE(MAX(seq), 0) FROM task_events")
                .mapTo(Long.class).one());
    }

    @Override
    public List<Logged> after(long position, int limit) {
        return handles.with(handle -> handle.createQuery("SELECT seq, task_id FROM task_events WHERE seq > :after"
                + " ORDER BY seq LIMIT :limit").bind("after", position).bind("limit", limit)
                .map((rs, ctx) -> new Logged(rs.getLong("seq"), new TaskId(rs.getString("task_id"))))
                .list());
    }

    @Override
    public List<Logged> at(Collection<Long> positions) {
        if (positions.isEmpty()) {
            return List.of();
        }
        return handles.with(handle -> {
            List<Logged> found = new ArrayList<>();
            for (List<Long> slice : Slices.of(positions.stream().distinct().sorted().toList())) {
                found.addAll(handle.createQuery("SELECT seq, task_id FROM task_events WHERE seq IN (<positions>)"
                        + " ORDER BY seq").bindList("positions", slice)
                        .map((rs, ctx) -> new Logged(rs.getLong("seq"), new TaskId(rs.getString("task_id"))))
                        .list());
            }
            return found;
        });
    }

    private static <S extends SqlStatement<S>> S bind(S statement, TaskEvent event) {
        return statement.bind("task", event.taskId().value())
                .bind("type", event.type().wire())
                .bind("at", Columns.nanos(event.at()))
                .bind("actor", event.actor().orElse(null))
                .bind("detail", event.detail());
    }

    private static TaskEvent event(TaskId taskId, java.sql.ResultSet rs) throws java.sql.SQLException {
        return new TaskEvent(taskId, WireValues.parse(TaskEventType.class, rs.getString("type"), "type"),
                Columns.instant(rs.getLong("at")), Optional.ofNullable(rs.getString("actor")), rs.getString("detail"));
    }
}

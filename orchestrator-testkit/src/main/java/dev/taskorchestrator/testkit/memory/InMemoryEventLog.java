package dev.taskorchestrator.testkit.memory;

import dev.taskorchestrator.application.port.out.EventLog;
import dev.taskorchestrator.domain.task.TaskEvent;
import dev.taskorchestrator.domain.task.TaskId;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Set;

public final class InMemoryEventLog implements EventLog {

    private final InMemoryDatabase db;

    public InMemoryEventLog(InMemoryDatabase db) {
        this.db = db;
    }

    @Override
    public void append(TaskEvent event) {
        db.locked(() -> db.events.add(event));
    }

    @Override
    public List<TaskEvent> history(TaskId taskId, int limit) {
        return db.locked(() -> {
            List<TaskEvent> all = db.events.stream().filter(e -> e.taskId().equals(taskId)).toList();
            return all.subList(Math.max(0, all.size() - limit), all.size());
        });
    }

    @Override
    public long countByTasks(Collection<TaskId> taskIds) {
        Set<TaskId> wanted = Set.copyOf(taskIds);
        return db.locked(() -> db.events.stream().filter(e -> wanted.contains(e.taskId())).count());
    }

    @Override
    public long head() {
        return db.locked(() -> (long) db.events.size());
    }

    @Override
    public List<Logged> after(long position, int limit) {
        return db.locked(() -> {
            List<Logged> logged = new ArrayList<>();
            for (int index = (int) Math.max(0, position); index < db.events.size() && logged.size() < limit; index++) {
                logged.add(new Logged(index + 1L, db.events.get(index).taskId()));
            }
            return logged;
        });
    }

    @Override
    public List<Logged> at(Collection<Long> positions) {
        return db.locked(() -> positions.stream().distinct().sorted()
                .filter(position -> position >= 1 && position <= db.events.size())
                .map(position -> new Logged(position, db.events.get((int) (position - 1)).taskId())).toList());
    }
}

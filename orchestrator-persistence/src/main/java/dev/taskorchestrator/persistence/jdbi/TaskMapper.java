package dev.taskorchestrator.persistence.jdbi;

import dev.taskorchestrator.domain.common.WireValues;
import dev.taskorchestrator.domain.session.SessionId;
import dev.taskorchestrator.domain.task.Complexity;
import dev.taskorchestrator.domain.task.Priority;
import dev.taskorchestrator.domain.task.Task;
import dev.taskorchestrator.domain.task.TaskData;
import dev.taskorchestrator.domain.task.TaskId;
import dev.taskorchestrator.domain.task.TaskStatus;
import dev.taskorchestrator.domain.task.TaskType;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Rows to tasks and back, through {@link Task#restore}, so a stored task passes the same structural checks. */
final class TaskMapper {

    private TaskMapper() {
    }

    static Task toTask(TaskRow row, List<TaskId> dependencies) {
        return Task.restore(new TaskData(new TaskId(row.id()), Optional.ofNullable(row.parentId()).map(TaskId::new),
                Optional.ofNullable(row.sessionId()).map(SessionId::new), row.title(), row.description(),
                WireValues.parse(TaskType.class, row.taskType(), "task_type"),
                WireValues.parse(TaskStatus.class, row.status(), "status"), row.specialistType(),
                WireValues.parse(Complexity.class, row.complexity(), "complexity"), Priority.values()[row.priority()],
                Optional.ofNullable(row.estimatedEffort()), Columns.instant(row.dueDate()), Columns.jsonObject(row.context()),
                dependencies, row.autoCompleteParent(), Optional.ofNullable(row.summary()),
                Optional.ofNullable(row.statusReason()), Optional.ofNullable(row.assignee()),
                Columns.instant(row.leaseExpiresAt()), row.attempts(), row.version(), Columns.instant(row.createdAt()),
                Columns.instant(row.updatedAt()), Columns.instant(row.startedAt()), Columns.instant(row.completedAt())));
    }

    /** The named parameters of a task's row; {@code version} is the one the row holds now. */
    static Map<String, Object> parameters(TaskData task) {
        Map<String, Object> values = new LinkedHashMap<>();
        values.put("id", task.id().value());
        values.put("parent_id", task.parentId().map(TaskId::value).orElse(null));
        values.put("session_id", task.sessionId().map(SessionId::value).orElse(null));
        values.put("title", task.title());
        values.put("description", task.description());
        values.put("task_type", task.taskType().wire());
        values.put("status", task.status().wire());
        values.put("specialist_type", task.specialistType());
        values.put("complexity", task.complexity().wire());
        values.put("priority", task.priority().ordinal());
        values.put("estimated_effort", task.estimatedEffort().orElse(null));
        values.put("due_date", Columns.nanos(task.dueDate()));
        values.put("context", Columns.json(task.context()));
        values.put("auto_complete_parent", task.autoCompleteParent());
        values.put("summary", task.summary().orElse(null));
        values.put("status_reason", task.statusReason().orElse(null));
        values.put("assignee", task.assignee().orElse(null));
        values.put("lease_expires_at", Columns.nanos(task.leaseExpiresAt()));
        values.put("attempts", task.attempts());
        values.put("version", task.version());
        values.put("created_at", Columns.nanos(task.createdAt()));
        values.put("updated_at", Columns.nanos(task.updatedAt()));
        values.put("started_at", Columns.nanos(task.startedAt()));
        values.put("completed_at", Columns.nanos(task.completedAt()));
        return values;
    }
}

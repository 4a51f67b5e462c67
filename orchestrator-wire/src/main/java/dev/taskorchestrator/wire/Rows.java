package dev.taskorchestrator.wire;

import dev.taskorchestrator.application.port.in.SessionDetails;
import dev.taskorchestrator.application.port.in.TaskDetails;
import dev.taskorchestrator.domain.artifact.ArtifactMetadata;
import dev.taskorchestrator.domain.artifact.WorkspacePath;
import dev.taskorchestrator.domain.common.WireValue;
import dev.taskorchestrator.domain.role.SpecialistRole;
import dev.taskorchestrator.domain.session.Session;
import dev.taskorchestrator.domain.task.NotReady;
import dev.taskorchestrator.domain.task.PlanProgress;
import dev.taskorchestrator.domain.task.Task;
import dev.taskorchestrator.domain.task.TaskData;
import dev.taskorchestrator.domain.task.TaskEvent;
import dev.taskorchestrator.domain.task.TaskId;
import dev.taskorchestrator.domain.task.TaskStatus;
import java.time.Instant;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The JSON rows of replies and resources, with the field names of the design (snake_case).
 * Absent values are left out rather than sent as null, which keeps rows small and schemas simple.
 */
public final class Rows {

    private Rows() {
    }

    /** The row a list shows by default: enough to pick a task, small enough for 50 in a few KB. */
    public static Map<String, Object> compact(Task task) {
        Map<String, Object> row = new LinkedHashMap<>();
        row.put("task_id", task.id().value());
        row.put("title", task.title());
        row.put("status", task.status().wire());
        row.put("specialist_type", task.specialistType());
        row.put("priority", task.priority().wire());
        task.parentId().ifPresent(parent -> row.put("parent_task_id", parent.value()));
        return row;
    }

    /** Every field of a task. */
    public static Map<String, Object> full(Task task) {
        TaskData data = task.data();
        Map<String, Object> row = new LinkedHashMap<>();
        row.put("task_id", data.id().value());
        put(row, "parent_task_id", data.parentId().map(TaskId::value));
        put(row, "session_id", data.sessionId().map(Object::toString));
        row.put("title", data.title());
        row.put("description", data.description());
        row.put("task_type", data.taskType().wire());
        row.put("status", data.status().wire());
        row.put("specialist_type", data.specialistType());
        row.put("complexity", data.complexity().wire());
        row.put("priority", data.priority().wire());
        put(row, "estimated_effort", data.estimatedEffort());
        put(row, "due_date", data.dueDate().map(Instant::toString));
        row.put("context", data.context());
        row.put("dependencies", ids(data.dependencies()));
        row.put("auto_complete_parent", data.autoCompleteParent());
        put(row, "summary", data.summary());
        put(row, "status_reason", data.statusReason());
        put(row, "assignee", data.assignee());
        put(row, "lease_expires_at", data.leaseExpiresAt().map(Instant::toString));
        row.put("attempts", data.attempts());
        row.put("version", data.version());
        row.put("created_at", data.createdAt().toString());
        row.put("updated_at", data.updatedAt().toString());
        put(row, "started_at", data.startedAt().map(Instant::toString));
        put(row, "completed_at", data.completedAt().map(Instant::toString));
        return row;
    }

    public static List<Map<String, Object>> compact(Collection<Task> tasks) {
        return tasks.stream().map(Rows::compact).toList();
    }

    /** A task with its subtasks (compact), its artifacts and, for a parent, its progress. */
    public static Map<String, Object> details(TaskDetails details) {
        Map<String, Object> row = full(details.task());
        row.put("subtasks", compact(details.subtasks()));
        row.put("artifacts", details.artifacts().stream().map(Rows::artifact).toList());
        details.progress().ifPresent(progress -> row.put("progress", progress(progress)));
        return row;
    }

    public static Map<String, Object> session(SessionDetails details) {
        Map<String, Object> row = session(details.session());
        row.put("task_counts", counts(details.taskCounts()));
        row.put("total_tasks", details.totalTasks());
        row.put("progress_percent", details.progressPercent());
        return row;
    }

    /** A session's own fields: what a session's document and an export both begin with. */
    public static Map<String, Object> session(Session session) {
        Map<String, Object> row = new LinkedHashMap<>();
        row.put("session_id", session.id().value());
        row.put("name", session.name());
        row.put("workspace", session.workspace());
        row.put("status", session.status().wire());
        row.put("created_at", session.createdAt().toString());
        row.put("last_activity_at", session.lastActivityAt().toString());
        put(row, "resumed_at", session.resumedAt().map(Instant::toString));
        return row;
    }

    public static Map<String, Object> artifact(ArtifactMetadata artifact) {
        Map<String, Object> row = new LinkedHashMap<>();
        row.put("artifact_id", artifact.id().value());
        row.put("task_id", artifact.taskId().value());
        row.put("type", artifact.type().wire());
        row.put("name", artifact.name());
        row.put("size", artifact.size());
        row.put("sha256", artifact.sha256());
        row.put("mime_type", artifact.mimeType());
        row.put("created_at", artifact.createdAt().toString());
        row.put("file_paths", artifact.filePaths().stream().map(WorkspacePath::value).toList());
        row.put("uri", "orchestrator://artifacts/" + artifact.id().value());
        return row;
    }

    public static Map<String, Object> progress(PlanProgress progress) {
        Map<String, Object> row = new LinkedHashMap<>();
        row.put("total", progress.total());
        row.put("completed", progress.completed());
        row.put("closed", progress.closed());
        row.put("failed", progress.failed());
        row.put("percentage", progress.percentage());
        return row;
    }

    public static Map<String, Object> role(SpecialistRole role) {
        Map<String, Object> row = new LinkedHashMap<>();
        row.put("name", role.name());
        row.put("role_definition", role.roleDefinition());
        return row;
    }

    /** A role in full: what it is, its expertise, its approach and what it delivers. */
    public static Map<String, Object> roleInFull(SpecialistRole role) {
        Map<String, Object> row = role(role);
        row.put("expertise", role.expertise());
        row.put("approach", role.approach());
        row.put("output_format", role.outputFormat());
        return row;
    }

    public static Map<String, Object> event(TaskEvent event) {
        Map<String, Object> row = new LinkedHashMap<>();
        row.put("task_id", event.taskId().value());
        row.put("type", event.type().wire());
        row.put("at", event.at().toString());
        put(row, "actor", event.actor());
        row.put("detail", event.detail());
        return row;
    }

    /** Counts keyed by wire value, in the enum's order, zeros included. */
    public static <E extends Enum<E> & WireValue> Map<String, Object> counts(Map<E, Long> counts) {
        Map<String, Object> row = new LinkedHashMap<>();
        counts.entrySet().stream().sorted(Map.Entry.comparingByKey())
                .forEach(entry -> row.put(entry.getKey().wire(), entry.getValue()));
        return row;
    }

    /** An open task that is not ready: its compact row, what holds it (one object per hold) and why, in words. */
    public static Map<String, Object> notReady(NotReady notReady) {
        Map<String, Object> row = compact(notReady.task());
        row.put("holds", notReady.holds().stream().map(Rows::hold).toList());
        row.put("why", notReady.explained());
        return row;
    }

    private static Map<String, Object> hold(NotReady.Hold hold) {
        Map<String, Object> row = new LinkedHashMap<>();
        if (hold instanceof NotReady.Prerequisite prerequisite) {
            row.put("kind", "prerequisite");
            row.put("task_id", prerequisite.id().value());
            row.put("status", prerequisite.status().map(TaskStatus::wire).orElse("deleted"));
        } else if (hold instanceof NotReady.Claimed claimed) {
            row.put("kind", "claimed");
            row.put("agent", claimed.agent());
            row.put("until", claimed.until().toString());
        } else if (hold instanceof NotReady.OpenSubtasks subtasks) {
            row.put("kind", "open_subtasks");
            row.put("task_ids", ids(subtasks.ids()));
        } else if (hold instanceof NotReady.Blocked blocked) {
            row.put("kind", "blocked");
            put(row, "reason", blocked.reason());
        }
        return row;
    }

    public static List<String> ids(Collection<TaskId> ids) {
        return ids.stream().map(TaskId::value).toList();
    }

    private static void put(Map<String, Object> row, String key, Optional<?> value) {
        value.ifPresent(v -> row.put(key, v));
    }
}

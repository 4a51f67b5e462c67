package dev.taskorchestrator.wire.exchange;

import dev.taskorchestrator.application.port.in.ExportUseCase;
import dev.taskorchestrator.application.port.in.ExportUseCase.ArtifactItem;
import dev.taskorchestrator.application.port.in.ExportUseCase.Counts;
import dev.taskorchestrator.application.port.in.ExportUseCase.DependencyItem;
import dev.taskorchestrator.application.port.in.ExportUseCase.EventItem;
import dev.taskorchestrator.application.port.in.ExportUseCase.Header;
import dev.taskorchestrator.application.port.in.ExportUseCase.Item;
import dev.taskorchestrator.application.port.in.ExportUseCase.SessionItem;
import dev.taskorchestrator.application.port.in.ExportUseCase.TaskItem;
import dev.taskorchestrator.domain.artifact.Artifact;
import dev.taskorchestrator.domain.artifact.ArtifactId;
import dev.taskorchestrator.domain.artifact.ArtifactType;
import dev.taskorchestrator.domain.artifact.WorkspacePath;
import dev.taskorchestrator.domain.common.OrchestratorException;
import dev.taskorchestrator.domain.session.Session;
import dev.taskorchestrator.domain.session.SessionId;
import dev.taskorchestrator.domain.session.SessionStatus;
import dev.taskorchestrator.domain.task.Complexity;
import dev.taskorchestrator.domain.task.Priority;
import dev.taskorchestrator.domain.task.Task;
import dev.taskorchestrator.domain.task.TaskData;
import dev.taskorchestrator.domain.task.TaskEvent;
import dev.taskorchestrator.domain.task.TaskEventType;
import dev.taskorchestrator.domain.task.TaskId;
import dev.taskorchestrator.domain.task.TaskStatus;
import dev.taskorchestrator.domain.task.TaskType;
import dev.taskorchestrator.wire.Rows;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Our export format, JSON Lines: the header ({@code format}, {@code version}, {@code exported_at},
 * {@code counts}), then one object a line with {@code record} naming its kind: {@code session},
 * {@code task} (every field), {@code dependency}, {@code artifact} (with its content) and
 * {@code event}. Field names are the tools' own. {@link #read} reads back every version it wrote.
 */
public final class ExportRecords {

    /** The header's {@code format}: what tells this file from the others an import reads. */
    public static final String FORMAT = "task-orchestrator-export";

    private static final Set<String> HEADER = Set.of("format", "version", "exported_at", "session_id", "counts");
    private static final Set<String> SESSION = Set.of("record", "session_id", "name", "workspace", "status",
            "created_at", "last_activity_at", "resumed_at");
    private static final Set<String> TASK = Set.of("record", "task_id", "parent_task_id", "session_id", "title",
            "description", "task_type", "status", "specialist_type", "complexity", "priority", "estimated_effort",
            "due_date", "context", "auto_complete_parent", "summary", "status_reason", "assignee", "lease_expires_at",
            "attempts", "version", "created_at", "updated_at", "started_at", "completed_at");
    private static final Set<String> DEPENDENCY = Set.of("record", "task_id", "prerequisite_id", "position");
    private static final Set<String> ARTIFACT = Set.of("record", "artifact_id", "task_id", "type", "name", "size",
            "sha256", "mime_type", "created_at", "file_paths", "content");
    private static final Set<String> EVENT = Set.of("record", "task_id", "type", "at", "actor", "detail");
    private static final List<String> RECORDS = List.of("session", "task", "dependency", "artifact", "event");

    private ExportRecords() {
    }

    /** The item as the object written on its line. */
    public static Map<String, Object> write(Item item) {
        if (item instanceof Header header) {
            return header(header);
        }
        Map<String, Object> row = new LinkedHashMap<>();
        if (item instanceof SessionItem session) {
            row.put("record", "session");
            row.putAll(Rows.session(session.session()));
        } else if (item instanceof TaskItem task) {
            row.put("record", "task");
            row.putAll(Rows.full(task.task()));
            row.remove("dependencies");
        } else if (item instanceof DependencyItem dependency) {
            row.put("record", "dependency");
            row.put("task_id", dependency.task().value());
            row.put("prerequisite_id", dependency.prerequisite().value());
            row.put("position", dependency.position());
        } else if (item instanceof ArtifactItem artifact) {
            row.put("record", "artifact");
            row.putAll(Rows.artifact(artifact.artifact().metadata()));
            row.remove("uri");
            row.put("content", artifact.artifact().content());
        } else if (item instanceof EventItem event) {
            row.put("record", "event");
            row.putAll(Rows.event(event.event()));
        }
        return row;
    }

    /** Whether this first object is our header: how an import tells our format from the others. */
    public static boolean isHeader(Map<String, Object> row) {
        return FORMAT.equals(row.get("format"));
    }

    /** The item on line {@code line}; an error names the line and the field. */
    public static Item read(Map<String, Object> row, int line) {
        Fields fields = Fields.onLine(row, line);
        if (line == 1 || row.containsKey("format")) {
            return readHeader(fields, row);
        }
        Object kind = row.get("record");
        if (!(kind instanceof String name) || !RECORDS.contains(name)) {
            throw OrchestratorException.invalid(fields.at() + "record", fields.at() + "record" + (kind == null
                    ? " is required, naming the kind of this line" : " '" + kind + "' is not one of: "
                    + String.join(", ", RECORDS)), RECORDS);
        }
        return switch (name) {
            case "session" -> new SessionItem(session(fields));
            case "task" -> new TaskItem(task(fields));
            case "dependency" -> dependency(fields);
            case "artifact" -> new ArtifactItem(artifact(fields));
            default -> new EventItem(event(fields));
        };
    }

    private static Map<String, Object> header(Header header) {
        Map<String, Object> row = new LinkedHashMap<>();
        row.put("format", FORMAT);
        row.put("version", header.version());
        row.put("exported_at", header.exportedAt().toString());
        header.sessionId().ifPresent(id -> row.put("session_id", id.value()));
        Counts counts = header.counts();
        Map<String, Object> numbers = new LinkedHashMap<>();
        numbers.put("sessions", counts.sessions());
        numbers.put("tasks", counts.tasks());
        numbers.put("dependencies", counts.dependencies());
        numbers.put("artifacts", counts.artifacts());
        numbers.put("events", counts.events());
        row.put("counts", numbers);
        return row;
    }

    private static Header readHeader(Fields fields, Map<String, Object> row) {
        if (!isHeader(row)) {
            throw OrchestratorException.invalid(fields.at() + "format", fields.at() + "format: the first line must be"
                    + " the header, with format '" + FORMAT + "'", List.of(FORMAT));
        }
        fields.onlyThese(HEADER);
        Fields numbers = fields.nested("counts");
        return new Header(fields.smallInteger("version"), fields.instant("exported_at"),
                fields.optionalText("session_id").map(id -> fields.placed(() -> SessionId.parse(id, "session_id"))),
                new Counts(numbers.integer("sessions"), numbers.integer("tasks"), numbers.integer("dependencies"),
                        numbers.integer("artifacts"), numbers.integer("events")));
    }

    private static Session session(Fields f) {
        f.onlyThese(SESSION);
        return f.placed(() -> new Session(SessionId.parse(f.text("session_id"), "session_id"), f.text("name"),
                f.text("workspace"), f.choice("status", SessionStatus.class), f.instant("created_at"),
                f.instant("last_activity_at"), f.optionalInstant("resumed_at")));
    }

    private static Task task(Fields f) {
        f.onlyThese(TASK);
        return f.placed(() -> Task.restore(new TaskData(TaskId.parse(f.text("task_id"), "task_id"),
                f.optionalText("parent_task_id").map(id -> TaskId.parse(id, "parent_task_id")),
                f.optionalText("session_id").map(id -> SessionId.parse(id, "session_id")),
                f.text("title"), f.text("description"), f.choice("task_type", TaskType.class),
                f.choice("status", TaskStatus.class), f.text("specialist_type"), f.choice("complexity", Complexity.class),
                f.choice("priority", Priority.class), f.optionalText("estimated_effort"), f.optionalInstant("due_date"),
                f.object("context"), List.of(), f.flag("auto_complete_parent"), f.optionalText("summary"),
                f.optionalText("status_reason"), f.optionalText("assignee"), f.optionalInstant("lease_expires_at"),
                f.smallInteger("attempts"), f.integer("version"), f.instant("created_at"), f.instant("updated_at"),
                f.optionalInstant("started_at"), f.optionalInstant("completed_at"))));
    }

    private static DependencyItem dependency(Fields f) {
        f.onlyThese(DEPENDENCY);
        return f.placed(() -> new DependencyItem(TaskId.parse(f.text("task_id"), "task_id"),
                TaskId.parse(f.text("prerequisite_id"), "prerequisite_id"), f.smallInteger("position")));
    }

    private static Artifact artifact(Fields f) {
        f.onlyThese(ARTIFACT);
        String content = f.text("content");
        if (content.getBytes(StandardCharsets.UTF_8).length != f.integer("size")) {
            throw OrchestratorException.invalid(f.at() + "size", f.at() + "size is not the content's length in UTF-8"
                    + " bytes: the content was changed or cut short");
        }
        if (!Artifact.sha256Of(content).equals(f.text("sha256"))) {
            throw OrchestratorException.invalid(f.at() + "sha256", f.at() + "sha256 does not match the content: the"
                    + " content was changed or cut short");
        }
        return f.placed(() -> new Artifact(ArtifactId.parse(f.text("artifact_id"), "artifact_id"),
                TaskId.parse(f.text("task_id"), "task_id"), f.choice("type", ArtifactType.class), f.text("name"), content,
                f.integer("size"), f.text("sha256"), f.text("mime_type"), f.instant("created_at"),
                f.texts("file_paths").stream().map(WorkspacePath::new).toList()));
    }

    private static TaskEvent event(Fields f) {
        f.onlyThese(EVENT);
        return f.placed(() -> new TaskEvent(TaskId.parse(f.text("task_id"), "task_id"),
                f.choice("type", TaskEventType.class), f.instant("at"), f.optionalText("actor"), f.text("detail")));
    }
}

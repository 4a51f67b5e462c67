package dev.taskorchestrator.persistence.jdbi;

import dev.taskorchestrator.application.port.out.ArtifactStore;
import dev.taskorchestrator.domain.artifact.Artifact;
import dev.taskorchestrator.domain.artifact.ArtifactId;
import dev.taskorchestrator.domain.artifact.ArtifactMetadata;
import dev.taskorchestrator.domain.artifact.ArtifactType;
import dev.taskorchestrator.domain.artifact.WorkspacePath;
import dev.taskorchestrator.domain.common.ErrorCode;
import dev.taskorchestrator.domain.common.OrchestratorException;
import dev.taskorchestrator.domain.common.WireValues;
import dev.taskorchestrator.domain.task.TaskId;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jdbi.v3.core.JdbiException;

/** Artifacts in the database, content included, so that every server of a team sees them. */
public final class JdbiArtifactStore implements ArtifactStore {

    private static final String METADATA = "id, task_id, type, name, size, sha256, mime_type, created_at, file_paths";

    private final Handles handles;

    public JdbiArtifactStore(Handles handles) {
        this.handles = handles;
    }

    @Override
    public void add(Artifact artifact) {
        handles.inTransaction(() -> handles.with(handle -> {
            boolean taskExists = !handle.createQuery("SELECT id FROM tasks WHERE id = :id")
                    .bind("id", artifact.taskId().value()).mapTo(String.class).list().isEmpty();
            if (!taskExists) {
                throw OrchestratorException.notFound("task_id", "task", artifact.taskId().value());
            }
            try {
                return handle.createUpdate("INSERT INTO artifacts (" + METADATA + ", content) VALUES (:id,"
                        + " :task_id, :type, :name, :size, :sha256, :mime_type, :created_at, :file_paths, :content)")
                        .bind("id", artifact.id().value())
                        .bind("task_id", artifact.taskId().value())
                        .bind("type", artifact.type().wire())
                        .bind("name", artifact.name())
                        .bind("size", artifact.size())
                        .bind("sha256", artifact.sha256())
                        .bind("mime_type", artifact.mimeType())
                        .bind("created_at", Columns.nanos(artifact.createdAt()))
                        .bind("file_paths", Columns.json(artifact.filePaths().stream().map(WorkspacePath::value).toList()))
                        .bind("content", artifact.content())
                        .execute();
            } catch (JdbiException failure) {
                if (handles.isUniqueViolation(failure)) {
                    throw new OrchestratorException(ErrorCode.CONFLICT, "artifact " + artifact.id() + " already exists");
                }
                throw handles.translate(failure, "adding an artifact");
            }
        }));
    }

    @Override
    public Optional<Artifact> findById(ArtifactId id) {
        return handles.with(handle -> handle.createQuery("SELECT " + METADATA + ", content FROM artifacts WHERE id = :id")
                .bind("id", id.value()).map((rs, ctx) -> artifact(rs)).findOne());
    }

    @Override
    public List<Artifact> findAllByTasks(List<TaskId> taskIds) {
        List<String> ids = taskIds.stream().map(TaskId::value).distinct().toList();
        Map<String, List<Artifact>> byTask = new HashMap<>();
        handles.with(handle -> {
            for (List<String> slice : Slices.of(ids)) {
                handle.createQuery("SELECT " + METADATA + ", content FROM artifacts WHERE task_id IN (<ids>)"
                        + " ORDER BY created_at, id").bindList("ids", slice).map((rs, ctx) -> artifact(rs))
                        .forEach(artifact -> byTask.computeIfAbsent(artifact.taskId().value(), id -> new ArrayList<>())
                                .add(artifact));
            }
            return null;
        });
        return ids.stream().flatMap(id -> byTask.getOrDefault(id, List.of()).stream()).toList();
    }

    private static Artifact artifact(ResultSet rs) throws SQLException {
        ArtifactMetadata meta = metadata(rs);
        return new Artifact(meta.id(), meta.taskId(), meta.type(), meta.name(), rs.getString("content"), meta.size(),
                meta.sha256(), meta.mimeType(), meta.createdAt(), meta.filePaths());
    }

    @Override
    public List<ArtifactMetadata> findByTask(TaskId taskId) {
        return handles.with(handle -> handle.createQuery("SELECT " + METADATA + " FROM artifacts WHERE task_id = :task"
                + " ORDER BY created_at, id").bind("task", taskId.value()).map((rs, ctx) -> metadata(rs)).list());
    }

    @Override
    public long countByTasks(Collection<TaskId> taskIds) {
        if (taskIds.isEmpty()) {
            return 0;
        }
        return handles.with(handle -> handle.createQuery("SELECT count(*) FROM artifacts WHERE task_id IN (<ids>)")
                .bindList("ids", taskIds.stream().map(TaskId::value).distinct().toList()).mapTo(Long.class).one());
    }

    @Override
    public int removeByTasks(Collection<TaskId> taskIds) {
        if (taskIds.isEmpty()) {
            return 0;
        }
        return handles.with(handle -> handle.createUpdate("DELETE FROM artifacts WHERE task_id IN (<ids>)")
                .bindList("ids", taskIds.stream().map(TaskId::value).distinct().toList()).execute());
    }

    private static ArtifactMetadata metadata(ResultSet rs) throws SQLException {
        return new ArtifactMetadata(new ArtifactId(rs.getString("id")), new TaskId(rs.getString("task_id")),
                WireValues.parse(ArtifactType.class, rs.getString("type"), "type"), rs.getString("name"),
                rs.getLong("size"), rs.getString("sha256"), rs.getString("mime_type"),
                Columns.instant(rs.getLong("created_at")),
                Columns.jsonStrings(rs.getString("file_paths")).stream().map(WorkspacePath::new).toList());
    }
}

package dev.taskorchestrator.domain.artifact;

import dev.taskorchestrator.domain.task.TaskId;
import java.time.Instant;
import java.util.List;
import java.util.Objects;

/** An artifact without its content: what lists carry, so that replies and queries stay small. */
public record ArtifactMetadata(
        ArtifactId id,
        TaskId taskId,
        ArtifactType type,
        String name,
        long size,
        String sha256,
        String mimeType,
        Instant createdAt,
        List<WorkspacePath> filePaths) {

    public ArtifactMetadata {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(taskId, "taskId");
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(sha256, "sha256");
        Objects.requireNonNull(mimeType, "mimeType");
        Objects.requireNonNull(createdAt, "createdAt");
        filePaths = List.copyOf(filePaths);
    }
}

package dev.taskorchestrator.application.port.in;

import dev.taskorchestrator.domain.artifact.Artifact;
import dev.taskorchestrator.domain.artifact.ArtifactId;
import dev.taskorchestrator.domain.artifact.ArtifactType;
import dev.taskorchestrator.domain.artifact.WorkspacePath;
import dev.taskorchestrator.domain.task.TaskId;
import java.time.Instant;
import java.util.List;

/** An artifact without its content: what lists show so that replies stay small. */
public record ArtifactSummary(
        ArtifactId id,
        TaskId taskId,
        ArtifactType type,
        String name,
        long size,
        String sha256,
        String mimeType,
        Instant createdAt,
        List<WorkspacePath> filePaths) {

    public static ArtifactSummary of(Artifact artifact) {
        return new ArtifactSummary(artifact.id(), artifact.taskId(), artifact.type(), artifact.name(), artifact.size(),
                artifact.sha256(), artifact.mimeType(), artifact.createdAt(), artifact.filePaths());
    }
}

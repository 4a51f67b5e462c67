package dev.taskorchestrator.domain.artifact;

import dev.taskorchestrator.domain.common.Checks;
import dev.taskorchestrator.domain.common.Limits;
import dev.taskorchestrator.domain.common.OrchestratorException;
import dev.taskorchestrator.domain.task.TaskId;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.HexFormat;
import java.util.List;
import java.util.Objects;

/** The detailed work of a task, kept by the server so that only a summary travels in the chat. */
public record Artifact(
        ArtifactId id,
        TaskId taskId,
        ArtifactType type,
        String name,
        String content,
        long size,
        String sha256,
        String mimeType,
        Instant createdAt,
        List<WorkspacePath> filePaths) {

    public Artifact {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(taskId, "taskId");
        Objects.requireNonNull(type, "type");
        name = Checks.text(name, "name", 1, Limits.SHORT_TEXT_MAX);
        Objects.requireNonNull(content, "content");
        Objects.requireNonNull(sha256, "sha256");
        mimeType = Checks.text(mimeType, "mime_type", 1, 100);
        Objects.requireNonNull(createdAt, "createdAt");
        filePaths = List.copyOf(filePaths);
        if (size != content.getBytes(StandardCharsets.UTF_8).length || !sha256.equals(sha256Of(content))) {
            throw OrchestratorException.internal("artifact " + id + " does not match its recorded size or checksum");
        }
    }

    public ArtifactMetadata metadata() {
        return new ArtifactMetadata(id, taskId, type, name, size, sha256, mimeType, createdAt, filePaths);
    }

    /** Creates an artifact, measuring its size and checksum from the content itself. */
    public static Artifact of(ArtifactId id, TaskId taskId, ArtifactType type, String name, String content,
            Instant createdAt, List<WorkspacePath> filePaths) {
        String checked = Checks.content(content, "detailed_work", Limits.ARTIFACT_CONTENT_MAX);
        return new Artifact(id, taskId, type, name, checked, checked.getBytes(StandardCharsets.UTF_8).length,
                sha256Of(checked), type.defaultMimeType(), createdAt, filePaths);
    }

    public static String sha256Of(String content) {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            return HexFormat.of().formatHex(digest.digest(content.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException impossible) {
            throw new IllegalStateException("every Java platform provides SHA-256", impossible);
        }
    }
}

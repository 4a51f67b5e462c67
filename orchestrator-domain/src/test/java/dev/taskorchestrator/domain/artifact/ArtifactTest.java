package dev.taskorchestrator.domain.artifact;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.taskorchestrator.domain.common.ErrorCode;
import dev.taskorchestrator.domain.common.Limits;
import dev.taskorchestrator.domain.common.OrchestratorException;
import dev.taskorchestrator.domain.task.TaskId;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class ArtifactTest {

    private static final Instant T0 = Instant.parse("2026-01-05T09:00:00Z");
    private static final TaskId TASK = new TaskId("task_abcdef");

    @Test
    void givenContent_whenAnArtifactIsMade_thenSizeAndChecksumAreMeasuredAndTheContentKeptExactly() {
        String content = "  héllo\n";

        Artifact artifact = Artifact.of(new ArtifactId("artifact_abcdef"), TASK, ArtifactType.CODE, "greeting", content, T0,
                List.of());

        assertThat(artifact.content()).isEqualTo(content);
        assertThat(artifact.size()).isEqualTo(9);
        assertThat(artifact.sha256()).isEqualTo(Artifact.sha256Of(content)).hasSize(64);
        assertThat(artifact.mimeType()).isEqualTo("text/plain");
    }

    @Test
    void givenStoredFieldsThatDisagree_whenRestored_thenRefusedAsCorrupt() {
        Artifact artifact = Artifact.of(new ArtifactId("artifact_abcdef"), TASK, ArtifactType.CODE, "x", "abc", T0, List.of());

        assertThatThrownBy(() -> new Artifact(artifact.id(), TASK, artifact.type(), "x", "abd", artifact.size(),
                artifact.sha256(), artifact.mimeType(), T0, List.of()))
                .isInstanceOfSatisfying(OrchestratorException.class, e -> assertThat(e.code()).isEqualTo(ErrorCode.INTERNAL));
    }

    @Test
    void givenTooMuchContent_whenAnArtifactIsMade_thenTheErrorNamesDetailedWork() {
        String huge = "x".repeat(Limits.ARTIFACT_CONTENT_MAX + 1);

        assertThatThrownBy(() -> Artifact.of(new ArtifactId("artifact_abcdef"), TASK, ArtifactType.DATA, "x", huge, T0,
                List.of())).isInstanceOfSatisfying(OrchestratorException.class,
                        e -> assertThat(e.field()).contains("detailed_work"));
    }

    @Test
    void givenPathsInsideTheWorkspace_whenResolved_thenTheyAreNormalizedAndRelative() {
        assertThat(WorkspacePath.resolve("/projects/demo", "./src/../src/Main.java", "file_paths[0]").value())
                .isEqualTo("src/Main.java");
        assertThat(WorkspacePath.resolve("/projects/demo", "/projects/demo/docs/a.md", "file_paths[0]").value())
                .isEqualTo("docs/a.md");
    }

    @Test
    void givenPathsThatEscapeTheWorkspace_whenResolved_thenRefusedNamingTheField() {
        for (String escaping : List.of("../secret", "src/../../secret", "/etc/passwd", "/projects/demo-other/x", ".")) {
            assertThatThrownBy(() -> WorkspacePath.resolve("/projects/demo", escaping, "file_paths[2]"))
                    .as(escaping)
                    .isInstanceOfSatisfying(OrchestratorException.class, e -> {
                        assertThat(e.code()).isEqualTo(ErrorCode.INVALID_ARGUMENT);
                        assertThat(e.field()).contains("file_paths[2]");
                    });
        }
    }
}

package dev.taskorchestrator.cli.boot;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.taskorchestrator.domain.common.ErrorCode;
import dev.taskorchestrator.domain.common.OrchestratorException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class WorkspacesTest {

    @TempDir
    Path root;

    @Test
    void givenAnExplicitFolder_whenResolved_thenItWinsOverTheEnvironmentAndGit() throws Exception {
        Path given = Files.createDirectories(root.resolve("given"));
        Path other = Files.createDirectories(root.resolve("other"));

        Path resolved = Workspaces.resolve(Optional.of(given), Map.of(Workspaces.ENVIRONMENT_VARIABLE, other.toString()),
                other);

        assertThat(resolved).isEqualTo(given.toAbsolutePath().normalize());
    }

    @Test
    void givenOnlyTheEnvironmentVariable_whenResolved_thenItIsUsed() throws Exception {
        Path fromEnvironment = Files.createDirectories(root.resolve("env"));

        assertThat(Workspaces.resolve(Optional.empty(), Map.of(Workspaces.ENVIRONMENT_VARIABLE, fromEnvironment.toString()),
                root)).isEqualTo(fromEnvironment);
    }

    @Test
    void givenAFolderInsideAGitRepository_whenResolved_thenTheRepositoryRootIsTheWorkspace() throws Exception {
        Files.createDirectories(root.resolve("repo").resolve(".git"));
        Path deep = Files.createDirectories(root.resolve("repo").resolve("src").resolve("main"));

        assertThat(Workspaces.resolve(Optional.empty(), Map.of(), deep)).isEqualTo(root.resolve("repo"));
    }

    @Test
    void givenNoHintAtAll_whenResolved_thenTheCurrentFolderIsTheWorkspace() throws Exception {
        Path plain = Files.createDirectories(root.resolve("plain"));

        assertThat(Workspaces.resolve(Optional.empty(), Map.of(Workspaces.ENVIRONMENT_VARIABLE, " "), plain))
                .isEqualTo(plain);
    }

    @Test
    void givenAWorkspaceThatIsNotAFolder_whenResolved_thenInvalidArgumentNamingTheWorkspace() throws Exception {
        Path file = Files.writeString(root.resolve("file.txt"), "x");

        OrchestratorException error = catchThrowableOfType(OrchestratorException.class,
                () -> Workspaces.resolve(Optional.of(file), Map.of(), root));

        assertThat(error.code()).isEqualTo(ErrorCode.INVALID_ARGUMENT);
        assertThat(error.field()).contains("workspace");
        assertThat(error.getMessage()).contains("is not a directory");
    }
}

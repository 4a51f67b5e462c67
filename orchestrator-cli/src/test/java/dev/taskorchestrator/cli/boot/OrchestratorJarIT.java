package dev.taskorchestrator.cli.boot;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/** The real shaded jar, started as a process, as the launcher and MCP clients start it. */
class OrchestratorJarIT {

    private static final Path JAR = Path.of("target", "orchestrator.jar");

    private record Run(int status, String out, String err) {
    }

    private static Run run(String... args) throws IOException, InterruptedException {
        assertThat(JAR).exists();
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-jar", JAR.toString()));
        command.addAll(List.of(args));
        Path out = Files.createTempFile("orchestrator-out", ".txt");
        Path err = Files.createTempFile("orchestrator-err", ".txt");
        try {
            Process process = new ProcessBuilder(command).redirectOutput(out.toFile()).redirectError(err.toFile())
                    .redirectInput(ProcessBuilder.Redirect.PIPE).start();
            process.getOutputStream().close();
            assertThat(process.waitFor(30, TimeUnit.SECONDS)).as("the jar exits by itself").isTrue();
            return new Run(process.exitValue(), Files.readString(out, StandardCharsets.UTF_8),
                    Files.readString(err, StandardCharsets.UTF_8));
        } finally {
            Files.deleteIfExists(out);
            Files.deleteIfExists(err);
        }
    }

    @Test
    void givenTheJar_whenRolesAreListed_thenItPrintsThemAndExitsZero() throws Exception {
        Run run = run("roles");

        assertThat(run.status()).isZero();
        assertThat(run.out().lines()).hasSize(11);
        assertThat(run.err()).isEmpty();
    }

    @Test
    void givenTheJar_whenAskedForItsVersion_thenTheBuildVersionIsInTheManifest() throws Exception {
        Run run = run("--version");

        assertThat(run.status()).isZero();
        assertThat(run.out()).startsWith("orchestrator 0.1.0-SNAPSHOT");
    }

    @Test
    void givenTheJar_whenADomainErrorOccurs_thenStdoutStaysCleanAndStderrHasOneLineWithoutAStackTrace() throws Exception {
        Run run = run("roles", "wizard");

        assertThat(run.status()).isEqualTo(1);
        assertThat(run.out()).isEmpty();
        assertThat(run.err()).startsWith("error: NAME 'wizard' is not a known role").doesNotContain("\tat ");
    }
}

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
import org.junit.jupiter.api.io.TempDir;

/** The real shaded jar, started as a process, as the launcher and MCP clients start it. */
class OrchestratorJarIT {

    private static final Path JAR = Path.of("target", "orchestrator.jar");

    private record Run(int status, String out, String err) {
    }

    @TempDir
    Path workspace;

    private static Run run(String... args) throws IOException, InterruptedException {
        return run(List.of(), args);
    }

    private static Run run(List<String> jvmOptions, String... args) throws IOException, InterruptedException {
        assertThat(JAR).exists();
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString()));
        command.addAll(jvmOptions);
        command.addAll(List.of("-jar", JAR.toString()));
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

    /** The classes the JVM loaded while running {@code args}, as its class-loading log names them. */
    private List<String> loadedClasses(String... args) throws Exception {
        Path log = workspace.resolve("classes-" + args[0] + ".log");
        Run run = run(List.of("-Xlog:class+load=info:file=" + log), args);
        assertThat(run.status()).as(run.err()).isZero();
        return Files.readAllLines(log).stream().filter(line -> line.contains(" source: "))
                .map(line -> line.replaceAll("^.*\\] ([^ ]+) source: .*$", "$1")).toList();
    }

    @Test
    void givenACommandOtherThanServe_whenItRuns_thenNoClassOfTheMcpSdkOrAdapterIsEverLoaded() throws Exception {
        String ws = workspace.toString();
        assertThat(run("plan", "Ship", "--subtask", "Build", "--workspace", ws).status()).isZero();

        List<String> taskList = loadedClasses("task", "list", "--workspace", ws, "--json");
        List<String> plan = loadedClasses("plan", "Again", "--workspace", ws);
        List<String> others = new ArrayList<>();
        for (List<String> command : List.of(List.of("status"), List.of("lifecycle", "--history"),
                List.of("maintenance", "validate_structure"), List.of("session", "list", "--all"))) {
            List<String> args = new ArrayList<>(command);
            args.addAll(List.of("--workspace", ws));
            others.addAll(loadedClasses(args.toArray(String[]::new)));
        }
        List<String> serve = loadedClasses("serve", "--workspace", ws);

        assertThat(taskList).as("the log was read").contains("dev.taskorchestrator.cli.command.TaskListCommand",
                "dev.taskorchestrator.wire.TaskDocuments");
        assertThat(taskList).noneMatch(name -> name.startsWith("io.modelcontextprotocol.")
                || name.startsWith("dev.taskorchestrator.mcp."));
        assertThat(plan).noneMatch(name -> name.startsWith("io.modelcontextprotocol.")
                || name.startsWith("dev.taskorchestrator.mcp."));
        assertThat(others).as("the log was read").contains("dev.taskorchestrator.cli.command.MaintenanceCommand")
                .noneMatch(name -> name.startsWith("io.modelcontextprotocol.")
                        || name.startsWith("dev.taskorchestrator.mcp."));
        assertThat(serve).as("the same check sees serve load them").anyMatch(name -> name.startsWith(
                "io.modelcontextprotocol.")).anyMatch(name -> name.startsWith("dev.taskorchestrator.mcp."));
    }

    @Test
    void givenTheJar_whenAskedForItsVersion_thenTheBuildVersionIsInTheManifest() throws Exception {
        Run run = run("--version");

        assertThat(run.status()).isZero();
        assertThat(run.out()).startsWith("orchestrator 0.1.0-SNAPSHOT");
        // Answered before the command line is built, and word for word as picocli answers it after options.
        assertThat(run("-V").out()).isEqualTo(run.out());
        assertThat(run("--no-color", "--version").out()).isEqualTo(run.out());
    }

    @Test
    void givenTheJar_whenADomainErrorOccurs_thenStdoutStaysCleanAndStderrHasOneLineWithoutAStackTrace() throws Exception {
        Run run = run("roles", "wizard");

        assertThat(run.status()).isEqualTo(1);
        assertThat(run.out()).isEmpty();
        assertThat(run.err()).startsWith("error: NAME 'wizard' is not a known role").doesNotContain("\tat ");
    }
}

package dev.taskorchestrator.cli.boot;

import static org.assertj.core.api.Assertions.assertThat;

import dev.taskorchestrator.cli.mcp.McpJar;
import io.modelcontextprotocol.client.McpSyncClient;
import io.modelcontextprotocol.json.McpJsonDefaults;
import io.modelcontextprotocol.json.TypeRef;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The one-command start as a user runs it: {@code ./orchestrator} at the repository root on a
 * fresh workspace, and the CLI and the MCP server on one workspace seeing the same tasks.
 */
class LauncherIT {

    private static final Path LAUNCHER = Path.of("..", "orchestrator").toAbsolutePath().normalize();

    @TempDir
    Path workspace;

    private record Run(int status, String out, String err) {
    }

    private Run launch(String... args) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of(LAUNCHER.toString()));
        command.addAll(List.of(args));
        command.addAll(List.of("--workspace", workspace.toString()));
        Path out = Files.createTempFile("launcher-out", ".txt");
        Path err = Files.createTempFile("launcher-err", ".txt");
        try {
            Process process = new ProcessBuilder(command).redirectOutput(out.toFile()).redirectError(err.toFile())
                    .start();
            process.getOutputStream().close();
            boolean ended = process.waitFor(120, TimeUnit.SECONDS);
            if (!ended) {
                process.destroyForcibly();
            }
            assertThat(ended).as("the launcher ends").isTrue();
            return new Run(process.exitValue(), Files.readString(out, StandardCharsets.UTF_8),
                    Files.readString(err, StandardCharsets.UTF_8));
        } finally {
            Files.deleteIfExists(out);
            Files.deleteIfExists(err);
        }
    }

    private static Map<String, Object> json(Run run) throws IOException {
        assertThat(run.status()).as(run.err()).isZero();
        return McpJsonDefaults.getMapper().readValue(run.out(), new TypeRef<Map<String, Object>>() {
        });
    }

    @Test
    @SuppressWarnings("unchecked")
    void givenAFreshWorkspace_whenTheLauncherPlansListsStartsCompletesAndShows_thenEachStepWorks() throws Exception {
        Map<String, Object> plan = json(launch("plan", "Ship v1", "--subtask", "Design", "--subtask", "Build", "--json"));
        String root = (String) plan.get("task_id");
        String design = (String) ((Map<String, Object>) plan.get("keys")).get("s1");

        Run list = launch("task", "list");
        assertThat(list.status()).isZero();
        assertThat(list.out()).contains("Ship v1", "Design", "Build", "3 task(s) of 3");
        assertThat(launch("task", "start", design).out()).startsWith("Claimed " + design);
        assertThat(launch("task", "complete", design, "--summary", "Designed", "--work", "# Design").out())
                .startsWith("Recorded " + design);
        Run tree = launch("task", "tree", root);
        assertThat(tree.out().lines()).hasSize(3).anyMatch(line -> line.contains("✓ Design"));
        Run status = launch("status");
        assertThat(status.status()).isZero();
        assertThat(status.out()).contains("1 pending", "1 in_progress", "1 completed");
        assertThat(status.err()).as("nothing on stderr when all goes well").isEmpty();
    }

    @Test
    @SuppressWarnings("unchecked")
    void givenOneWorkspace_whenTheCliAndTheMcpServerBothWriteToIt_thenEachSeesTheOthersTasks() throws Exception {
        String fromCli = (String) json(launch("plan", "Planned in the terminal", "--json")).get("task_id");

        McpSyncClient client = McpJar.connect(workspace);
        String fromMcp;
        try {
            Map<String, Object> page = McpJar.ok(client, "orchestrator_query_tasks", Map.of());
            assertThat((List<Map<String, Object>>) page.get("tasks")).extracting(row -> row.get("task_id"))
                    .containsExactly(fromCli);
            fromMcp = (String) McpJar.ok(client, "orchestrator_plan_task", Map.of("title", "Planned by an agent"))
                    .get("task_id");
        } finally {
            client.closeGracefully();
        }

        Run list = launch("task", "list");
        assertThat(list.status()).isZero();
        assertThat(list.out()).contains(fromCli, fromMcp, "Planned by an agent");
    }
}

package dev.taskorchestrator.cli.mcp;

import static dev.taskorchestrator.cli.mcp.McpJar.map;
import static dev.taskorchestrator.cli.mcp.McpJar.ok;
import static dev.taskorchestrator.cli.mcp.McpJar.refused;
import static dev.taskorchestrator.cli.mcp.McpJar.rows;
import static org.assertj.core.api.Assertions.assertThat;

import io.modelcontextprotocol.client.McpSyncClient;
import io.modelcontextprotocol.spec.McpSchema;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** orchestrator_restart_server on the real jar: the client stays connected and nothing is lost. */
class RestartIT {

    @TempDir
    Path workspace;

    @Test
    void givenPlannedClaimedAndCompletedWork_whenTheServerRestartsInPlace_thenAllIsIntactAndTheClientWorksOn() {
        McpSyncClient client = McpJar.connect(workspace);
        try {
            ok(client, "orchestrator_initialize_session", Map.of());
            Map<String, Object> plan = ok(client, "orchestrator_plan_task", Map.of("title", "Before the restart",
                    "subtasks", List.of(Map.of("key", "done", "title", "Done before"),
                            Map.of("key", "held", "title", "Held across"), Map.of("key", "later", "title", "Later"))));
            Map<String, Object> keys = map(plan.get("keys"));
            ok(client, "orchestrator_execute_task", Map.of("task_id", keys.get("done")));
            String artifact = (String) map(ok(client, "orchestrator_complete_task", Map.of("task_id", keys.get("done"),
                    "summary", "done", "detailed_work", "# The work")).get("artifact")).get("artifact_id");
            ok(client, "orchestrator_execute_task", Map.of("task_id", keys.get("held")));
            List<Map<String, Object>> before = rows(ok(client, "orchestrator_query_tasks", Map.of("full", true))
                    .get("tasks"));

            Map<String, Object> restart = ok(client, "orchestrator_restart_server", Map.of("reason",
                    "configuration_update", "timeout", 10));

            assertThat(restart).containsEntry("success", true).containsEntry("reason", "configuration_update");
            assertThat(rows(restart.get("phases"))).extracting(row -> row.get("phase")).containsExactly(
                    "maintenance_mode", "suspending_tasks", "serializing_state", "closing_connections", "finalizing",
                    "stopped", "restoring_database", "running");
            assertThat(rows(ok(client, "orchestrator_query_tasks", Map.of("full", true)).get("tasks")))
                    .as("every task and claim as it was").isEqualTo(before);
            var content = client.readResource(new McpSchema.ReadResourceRequest("orchestrator://artifacts/" + artifact));
            assertThat(((McpSchema.TextResourceContents) content.contents().get(0)).text()).isEqualTo("# The work");
            ok(client, "orchestrator_complete_task", Map.of("task_id", keys.get("held"), "summary", "held and done",
                    "detailed_work", "after the restart"));
            assertThat(ok(client, "orchestrator_health_check", Map.of())).containsEntry("healthy", true);
            Map<String, Object> status = ok(client, "orchestrator_restart_status", Map.of("include_history", true));
            assertThat(map(status.get("current"))).containsEntry("phase", "running").containsEntry("restarts", 2)
                    .doesNotContainKey("last_error");
            assertThat(rows(status.get("history"))).extracting(row -> row.get("phase")).contains("maintenance_mode",
                    "stopped", "preparing", "running");
            assertThat(refused(client, "orchestrator_restart_server", Map.of("timeout", 5)))
                    .containsEntry("field", "timeout");
            assertThat(refused(client, "orchestrator_restart_server", Map.of("reason", "boredom")))
                    .containsEntry("field", "reason");
        } finally {
            client.closeGracefully();
        }
    }
}

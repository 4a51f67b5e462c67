package dev.taskorchestrator.cli.mcp;

import static dev.taskorchestrator.cli.mcp.McpJar.map;
import static dev.taskorchestrator.cli.mcp.McpJar.ok;
import static dev.taskorchestrator.cli.mcp.McpJar.rows;
import static org.assertj.core.api.Assertions.assertThat;

import io.modelcontextprotocol.client.McpSyncClient;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * orchestrator_maintenance_coordinator on the real jar, with a stale threshold of one second
 * (ORCHESTRATOR_STALE_AFTER) so that what the test plants is found without waiting a week.
 */
class MaintenanceIT {

    @TempDir
    Path workspace;

    @Test
    void givenPlantedStaleWorkAndAFault_whenScannedValidatedAndCleanedUp_thenEachIsFoundArchivedAndRecorded()
            throws Exception {
        McpSyncClient client = McpJar.connect(workspace, Map.of("ORCHESTRATOR_STALE_AFTER", "PT1S"));
        try {
            Map<String, Object> plan = ok(client, "orchestrator_plan_task", Map.of("title", "Old plan", "subtasks",
                    List.of(Map.of("key", "a", "title", "Never started"))));
            String root = (String) plan.get("task_id");
            String child = (String) map(plan.get("keys")).get("a");
            client.closeGracefully();
            // The tools refuse to complete a parent with open subtasks, so the fault is planted in the file itself,
            // as a bug or a hand edit would leave it.
            try (Connection sqlite = DriverManager.getConnection("jdbc:sqlite:"
                    + workspace.resolve(".task_orchestrator").resolve("orchestrator.db"));
                    PreparedStatement update = sqlite.prepareStatement("UPDATE tasks SET status = ?, completed_at = created_at WHERE id = ?")) {
                update.setString(1, "completed");
                update.setString(2, root);
                assertThat(update.executeUpdate()).isEqualTo(1);
            }
            Thread.sleep(1_500);
            client = McpJar.connect(workspace, Map.of("ORCHESTRATOR_STALE_AFTER", "PT1S"));

            Map<String, Object> scan = ok(client, "orchestrator_maintenance_coordinator", Map.of("action",
                    "scan_cleanup"));
            assertThat(scan).containsEntry("scope", "full_project").containsEntry("archived", List.of());
            assertThat(rows(scan.get("findings"))).extracting(f -> f.get("kind"), f -> f.get("task_id"))
                    .contains(org.assertj.core.groups.Tuple.tuple("stale_task", child));

            Map<String, Object> validate = ok(client, "orchestrator_maintenance_coordinator", Map.of("action",
                    "validate_structure", "validation_level", "full_audit"));
            assertThat(rows(validate.get("findings"))).extracting(f -> f.get("kind"), f -> f.get("task_id"))
                    .contains(org.assertj.core.groups.Tuple.tuple("completed_parent_with_open_children", root));
            assertThat((String) validate.get("report")).contains("Store integrity: ok");

            Map<String, Object> cleanup = ok(client, "orchestrator_maintenance_coordinator", Map.of("action",
                    "scan_cleanup", "validation_level", "comprehensive"));
            assertThat((List<String>) cleanup.get("archived")).contains(child);
            assertThat(McpJar.rows(ok(client, "orchestrator_query_tasks", Map.of("status", List.of("archived")))
                    .get("tasks"))).extracting(row -> row.get("task_id")).contains(child);

            Map<String, Object> handover = ok(client, "orchestrator_maintenance_coordinator", Map.of("action",
                    "prepare_handover"));
            assertThat((String) handover.get("report")).contains("## Done", "## In progress", "## Next (ready)");
            List<Map<String, Object>> records = rows(ok(client, "orchestrator_query_tasks", Map.of("search_text",
                    "Maintenance:", "limit", 10)).get("tasks"));
            assertThat(records).as("every run recorded").hasSize(4)
                    .allSatisfy(record -> assertThat(record).containsEntry("status", "completed"));
        } finally {
            client.closeGracefully();
        }
    }
}

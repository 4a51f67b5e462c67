package dev.taskorchestrator.cli.mcp;

import static dev.taskorchestrator.cli.mcp.McpJar.map;
import static dev.taskorchestrator.cli.mcp.McpJar.ok;
import static dev.taskorchestrator.cli.mcp.McpJar.refused;
import static dev.taskorchestrator.cli.mcp.McpJar.rows;
import static org.assertj.core.api.Assertions.assertThat;

import io.modelcontextprotocol.client.McpSyncClient;
import io.modelcontextprotocol.spec.McpSchema;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The whole agent flow against the real jar, through the SDK's MCP client over stdio. */
class McpFlowIT {

    @TempDir
    Path workspace;

    private McpSyncClient client;

    @BeforeEach
    void connect() {
        client = McpJar.connect(workspace);
    }

    @AfterEach
    void close() {
        client.closeGracefully();
    }

    private static Map<String, Object> subtask(String key, String title, String specialist, List<String> dependencies,
            List<Map<String, Object>> subtasks) {
        return Map.of("key", key, "title", title, "specialist_type", specialist, "dependencies", dependencies,
                "subtasks", subtasks);
    }

    @Test
    void givenAnAgent_whenItPlansExecutesCompletesAndSynthesizes_thenEveryStepAnswersAsDesigned() throws Exception {
        assertThat(client.getServerInfo().name()).isEqualTo("task-orchestrator");
        assertThat(client.listTools().tools()).hasSize(33);

        Map<String, Object> started = ok(client, "orchestrator_initialize_session", Map.of());
        String sessionId = (String) map(started.get("session")).get("session_id");
        assertThat(map(started.get("session"))).containsEntry("workspace", workspace.toString());
        assertThat(String.join(" ", (List<String>) started.get("workflow"))).contains("plan", "execute", "complete",
                "synthesize");
        assertThat(rows(started.get("specialist_roles"))).hasSize(11);

        Map<String, Object> plan = ok(client, "orchestrator_plan_task", Map.of("title", "Ship the release",
                "description", "Everything for v1", "subtasks", List.of(
                        subtask("design", "Design the API", "architect", List.of(), List.of()),
                        subtask("build", "Build it", "coordinator", List.of("design"), List.of(
                                subtask("api", "Implement the API", "implementer", List.of(), List.of()),
                                subtask("ui", "Build the UI", "coder", List.of("api"), List.of()))),
                        subtask("docs", "Document it", "documenter", List.of("build"), List.of()))));
        Map<String, Object> keys = map(plan.get("keys"));
        assertThat(plan.get("created_count")).isEqualTo(6);
        assertThat(keys).containsOnlyKeys("design", "build", "api", "ui", "docs");
        String root = (String) plan.get("task_id");

        Map<String, Object> page = ok(client, "orchestrator_query_tasks", Map.of());
        assertThat(rows(page.get("tasks"))).hasSize(6).allSatisfy(row -> assertThat(row.keySet())
                .isSubsetOf("task_id", "title", "status", "specialist_type", "priority", "parent_task_id"));
        assertThat(page.get("total_count")).isEqualTo(6);
        assertThat(rows(ok(client, "orchestrator_query_tasks", Map.of("specialist_type", List.of("implementer")))
                .get("tasks"))).extracting(row -> row.get("task_id")).containsExactly(keys.get("api"), keys.get("ui"));

        Map<String, Object> notReady = refused(client, "orchestrator_execute_task", Map.of("task_id", keys.get("docs")));
        assertThat(notReady.get("code")).isEqualTo("not_ready");
        assertThat((String) notReady.get("message")).contains((String) keys.get("build"));

        Map<String, Object> design = ok(client, "orchestrator_execute_task", Map.of("task_id", keys.get("design")));
        assertThat((String) design.get("prompt")).contains("architect", "Design the API");
        assertThat(map(design.get("task"))).containsEntry("status", "in_progress").containsEntry("session_id", sessionId);
        assertThat((String) map(design.get("task")).get("assignee")).startsWith("e2e-test#");

        String work = "# API design\n\nGET /tasks returns a page of tasks.\n";
        Map<String, Object> completed = ok(client, "orchestrator_complete_task", Map.of("task_id", keys.get("design"),
                "summary", "Designed the REST API", "detailed_work", work, "artifact_type", "design",
                "file_paths", List.of("docs/api.md")));
        Map<String, Object> artifact = map(completed.get("artifact"));
        assertThat(artifact).containsEntry("type", "design").containsEntry("file_paths", List.of("docs/api.md"))
                .containsEntry("size", work.getBytes(java.nio.charset.StandardCharsets.UTF_8).length);
        assertThat(map(completed.get("parent_progress"))).containsEntry("completed", 1).containsEntry("total", 3);
        assertThat(map(completed.get("next_task"))).containsEntry("task_id", keys.get("api"));

        Map<String, Object> next = ok(client, "orchestrator_next_task", Map.of("claim", true));
        assertThat(next).containsEntry("found", true);
        assertThat(map(next.get("task"))).containsEntry("task_id", keys.get("api")).containsEntry("status", "in_progress");
        assertThat((String) next.get("prompt")).contains("Implement the API");
        ok(client, "orchestrator_complete_task", Map.of("task_id", keys.get("api"), "summary", "API done",
                "detailed_work", "code"));
        Map<String, Object> ui = ok(client, "orchestrator_execute_task", Map.of("task_id", keys.get("ui")));
        assertThat(ui).containsEntry("specialist_type", "implementer");
        assertThat((String) ui.get("prompt")).as("builds on the API's summary").contains("Build the UI", "API done");
        assertThat(rows(ui.get("completed_prerequisites"))).extracting(row -> row.get("task_id"))
                .containsExactly(keys.get("api"));
        ok(client, "orchestrator_complete_task", Map.of("task_id", keys.get("ui"), "summary", "UI done",
                "detailed_work", "ui code"));
        completeDirectly(keys.get("build"));
        completeDirectly(keys.get("docs"));

        Map<String, Object> synthesis = ok(client, "orchestrator_synthesize_results", Map.of("parent_task_id", root));
        assertThat(synthesis).as("every descendant").containsEntry("total", 5).containsEntry("completed", 5).containsEntry("success_rate", 100);
        assertThat(rows(synthesis.get("sections"))).extracting(s -> s.get("specialist_type"))
                .containsExactly("architect", "coordinator", "documenter", "implementer");

        Map<String, Object> status = ok(client, "orchestrator_get_status", Map.of("include_completed", true));
        assertThat(map(status.get("counts"))).containsEntry("completed", 5).containsEntry("in_progress", 1);
        assertThat(status.get("total")).isEqualTo(6);

        assertResourcesAndPrompts(root, (String) keys.get("design"), (String) artifact.get("artifact_id"), work,
                sessionId);
    }

    private void completeDirectly(Object taskId) {
        ok(client, "orchestrator_execute_task", Map.of("task_id", taskId));
        ok(client, "orchestrator_complete_task", Map.of("task_id", taskId, "summary", "done " + taskId,
                "detailed_work", "work of " + taskId));
    }

    private void assertResourcesAndPrompts(String root, String design, String artifactId, String work, String sessionId)
            throws Exception {
        assertThat(client.listResourceTemplates().resourceTemplates()).extracting(McpSchema.ResourceTemplate::uriTemplate)
                .containsExactlyInAnyOrder("orchestrator://tasks/{id}", "orchestrator://tasks/{id}/history",
                        "orchestrator://artifacts/{id}", "orchestrator://sessions/{id}", "orchestrator://templates/{id}");
        assertThat(read("orchestrator://templates/bug_fix")).contains("metadata", "{{bug_summary}}");
        assertThat(read("orchestrator://tasks/" + root)).contains("\"subtasks\"", "\"progress\"", "Ship the release");
        assertThat(read("orchestrator://tasks/" + design + "/history")).contains("\"claimed\"", "\"completed\"");
        assertThat(read("orchestrator://artifacts/" + artifactId)).isEqualTo(work);
        assertThat(read("orchestrator://sessions/" + sessionId)).contains("\"total_tasks\":6");

        assertThat(client.listPrompts().prompts()).hasSize(11);
        var prompt = client.getPrompt(new McpSchema.GetPromptRequest("reviewer", Map.of("task_id", design)));
        assertThat(((McpSchema.TextContent) prompt.messages().get(0).content()).text()).contains("Design the API");
        assertThat(Files.exists(workspace.resolve(".task_orchestrator").resolve("orchestrator.db"))).isTrue();
    }

    private String read(String uri) {
        var contents = client.readResource(new McpSchema.ReadResourceRequest(uri)).contents();
        return ((McpSchema.TextResourceContents) contents.get(0)).text();
    }
}

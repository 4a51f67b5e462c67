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
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every tool of the real jar with valid input and with each kind of bad input: a missing field, a
 * wrong enum, an unknown id, a too-long text, a path outside the workspace, an unknown parameter.
 * Each bad call must come back as an error result naming the field, and change nothing.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class McpToolInputsIT {

    private static final String UNKNOWN_TASK = "task_zzzzzzzzzzzz";
    private static final String UNKNOWN_SESSION = "session_zzzzzzzzzzzz";

    private Path workspace;
    private McpSyncClient client;
    private String session;
    private String root;
    private String leaf;
    private String waiting;

    @BeforeAll
    void startServerWithAPlan() throws Exception {
        workspace = Files.createTempDirectory("mcp-inputs");
        client = McpJar.connect(workspace);
        session = (String) map(ok(client, "orchestrator_initialize_session", Map.of()).get("session")).get("session_id");
        Map<String, Object> plan = ok(client, "orchestrator_plan_task", Map.of("title", "Root", "subtasks", List.of(
                Map.of("key", "first", "title", "First"),
                Map.of("key", "second", "title", "Second", "dependencies", List.of("first")))));
        root = (String) plan.get("task_id");
        leaf = (String) map(plan.get("keys")).get("first");
        waiting = (String) map(plan.get("keys")).get("second");
    }

    @AfterAll
    void stopServer() {
        client.closeGracefully();
    }

    private static Arguments refusal(String tool, Map<String, Object> arguments, String code, String field) {
        return Arguments.of(tool + " " + code + " " + field, tool, arguments, code, field);
    }

    private static Map<String, Object> args(Object... pairs) {
        Map<String, Object> map = new LinkedHashMap<>();
        for (int i = 0; i < pairs.length; i += 2) {
            map.put((String) pairs[i], pairs[i + 1]);
        }
        return map;
    }

    Stream<Arguments> refusals() {
        String longName = "n".repeat(256);
        List<Arguments> cases = new ArrayList<>(List.of(
                refusal("orchestrator_initialize_session", args("name", longName), "invalid_argument", "name"),
                refusal("orchestrator_initialize_session", args("working_dir", "/x"), "invalid_argument", "working_dir"),
                refusal("orchestrator_initialize_session", args("working_directory", 5), "invalid_argument",
                        "working_directory"),
                refusal("orchestrator_list_sessions", args("limit", 0), "invalid_argument", "limit"),
                refusal("orchestrator_list_sessions", args("include_completed", "yes"), "invalid_argument",
                        "include_completed"),
                refusal("orchestrator_resume_session", args(), "invalid_argument", "session_id"),
                refusal("orchestrator_resume_session", args("session_id", UNKNOWN_SESSION), "not_found", "session_id"),
                refusal("orchestrator_resume_session", args("session_id", "abc"), "invalid_argument", "session_id"),
                refusal("orchestrator_cleanup_sessions", args("cleanup_type", "everything"), "invalid_argument",
                        "cleanup_type"),
                refusal("orchestrator_cleanup_sessions", args("older_than_days", -1), "invalid_argument",
                        "older_than_days"),
                refusal("orchestrator_session_status", args("session_id", UNKNOWN_SESSION), "not_found", "session_id"),
                refusal("orchestrator_plan_task", args(), "invalid_argument", "title"),
                refusal("orchestrator_plan_task", args("title", "x", "priority", "urgent"), "invalid_argument", "priority"),
                refusal("orchestrator_plan_task", args("title", "t".repeat(256)), "invalid_argument", "title"),
                refusal("orchestrator_plan_task", args("title", "x", "parent_task_id", UNKNOWN_TASK), "not_found",
                        "parent_task_id"),
                refusal("orchestrator_plan_task", args("title", "x", "subtasks", List.of(Map.of("title", "ok"),
                        Map.of("title", "t".repeat(256)))), "invalid_argument", "subtasks[1].title"),
                refusal("orchestrator_plan_task", args("title", "x", "subtasks", List.of(Map.of("title", "a",
                        "specialist_type", "wizard"))), "invalid_argument", "subtasks[0].specialist_type"),
                refusal("orchestrator_update_task", args("priority", "high"), "invalid_argument", "task_id"),
                refusal("orchestrator_update_task", args("task_id", leaf, "status", "done"), "invalid_argument", "status"),
                refusal("orchestrator_update_task", args("task_id", UNKNOWN_TASK, "title", "x"), "not_found", "task_id"),
                refusal("orchestrator_update_task", args("task_id", leaf, "description", "d".repeat(131_073)),
                        "invalid_argument", "description"),
                refusal("orchestrator_update_task", args("task_id", leaf, "status", "archived"), "illegal_state",
                        "status"),
                refusal("orchestrator_delete_task", args(), "invalid_argument", "task_id"),
                refusal("orchestrator_delete_task", args("task_id", UNKNOWN_TASK), "not_found", "task_id"),
                refusal("orchestrator_delete_task", args("task_id", leaf), "has_dependents", "force"),
                refusal("orchestrator_cancel_task", args("task_id", UNKNOWN_TASK), "not_found", "task_id"),
                refusal("orchestrator_cancel_task", args("task_id", leaf, "reason", "r".repeat(2_001)),
                        "invalid_argument", "reason"),
                refusal("orchestrator_query_tasks", args("status", List.of("pending", "finished")), "invalid_argument",
                        "status"),
                refusal("orchestrator_query_tasks", args("limit", 501), "invalid_argument", "limit"),
                refusal("orchestrator_query_tasks", args("cursor", "not-a-cursor"), "invalid_argument", "cursor"),
                refusal("orchestrator_query_tasks", args("search_text", "s".repeat(201)), "invalid_argument",
                        "search_text"),
                refusal("orchestrator_execute_task", args(), "invalid_argument", "task_id"),
                refusal("orchestrator_execute_task", args("task_id", UNKNOWN_TASK), "not_found", "task_id"),
                refusal("orchestrator_execute_task", args("task_id", waiting), "not_ready", "task_id"),
                refusal("orchestrator_complete_task", args("task_id", leaf, "detailed_work", "w"), "invalid_argument",
                        "summary"),
                refusal("orchestrator_complete_task", args("task_id", leaf, "summary", "s", "detailed_work", "w",
                        "next_action", "finish"), "invalid_argument", "next_action"),
                refusal("orchestrator_complete_task", args("task_id", leaf, "summary", "s", "detailed_work", "w",
                        "file_paths", List.of("src/ok.java", "../../etc/passwd")), "invalid_argument", "file_paths[1]"),
                refusal("orchestrator_complete_task", args("task_id", leaf, "summary", "s".repeat(4_001),
                        "detailed_work", "w"), "invalid_argument", "summary"),
                refusal("orchestrator_complete_task", args("task_id", UNKNOWN_TASK, "summary", "s", "detailed_work", "w"),
                        "not_found", "task_id"),
                refusal("orchestrator_next_task", args("specialist_type", "wizard"), "invalid_argument",
                        "specialist_type"),
                refusal("orchestrator_next_task", args("claim", "true"), "invalid_argument", "claim"),
                refusal("orchestrator_synthesize_results", args(), "invalid_argument", "parent_task_id"),
                refusal("orchestrator_synthesize_results", args("parent_task_id", UNKNOWN_TASK), "not_found",
                        "parent_task_id"),
                refusal("orchestrator_synthesize_results", args("parent_task_id", leaf), "illegal_state",
                        "parent_task_id"),
                refusal("orchestrator_get_status", args("limit", 101), "invalid_argument", "limit"),
                refusal("orchestrator_get_status", args("session_id", "session_!!"), "invalid_argument", "session_id"),
                refusal("orchestrator_health_check", args("include_database_status", "no"), "invalid_argument",
                        "include_database_status"),
                refusal("orchestrator_restart_status", args("include_history", 1), "invalid_argument",
                        "include_history"),
                refusal("orchestrator_restart_status", args("verbose", true), "invalid_argument", "verbose"),
                refusal("orchestrator_shutdown_prepare", args("check_active_tasks", "yes"), "invalid_argument",
                        "check_active_tasks"),
                refusal("orchestrator_reconnect_test", args("include_buffer_status", 0), "invalid_argument",
                        "include_buffer_status"),
                refusal("orchestrator_maintenance_coordinator", args(), "invalid_argument", "action"),
                refusal("orchestrator_maintenance_coordinator", args("action", "defragment"), "invalid_argument",
                        "action"),
                refusal("orchestrator_maintenance_coordinator", args("action", "scan_cleanup", "scope",
                        "specific_subtask"), "invalid_argument", "target_task_id"),
                refusal("orchestrator_maintenance_coordinator", args("action", "scan_cleanup", "scope",
                        "specific_subtask", "target_task_id", UNKNOWN_TASK), "not_found", "target_task_id")));
        return cases.stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("refusals")
    void givenBadInput_whenTheToolIsCalled_thenAnErrorResultNamesTheFieldAndNothingChanges(String name, String tool,
            Map<String, Object> arguments, String code, String field) {
        Map<String, Object> before = everything();

        Map<String, Object> error = refused(client, tool, arguments);

        assertThat(error).as(error.toString()).containsEntry("code", code).containsEntry("field", field);
        assertThat((String) error.get("message")).isNotBlank();
        assertThat(everything()).as("nothing changed").isEqualTo(before);
    }

    /** Every stored task and session in full: what a refused call must leave exactly as it was. */
    private Map<String, Object> everything() {
        return Map.of("tasks", ok(client, "orchestrator_query_tasks", Map.of("full", true, "limit", 500)).get("tasks"),
                "sessions", ok(client, "orchestrator_list_sessions", Map.of("include_completed", true, "limit", 100))
                        .get("sessions"));
    }

    @Test
    void givenTheToolList_whenRead_thenEveryToolHasAStrictSchemaAnOutputSchemaAndClosedWorldAnnotations() {
        List<McpSchema.Tool> tools = client.listTools().tools();

        assertThat(tools).hasSize(33).allSatisfy(tool -> {
            assertThat(tool.inputSchema()).containsEntry("additionalProperties", false);
            assertThat(tool.outputSchema()).containsKey("properties");
            assertThat(tool.annotations().openWorldHint()).isFalse();
            assertThat(tool.description()).hasSizeGreaterThan(80);
        });
        assertThat(tools.stream().filter(t -> Boolean.TRUE.equals(t.annotations().readOnlyHint()))
                .map(McpSchema.Tool::name)).containsExactlyInAnyOrder("orchestrator_list_sessions",
                        "orchestrator_session_status", "orchestrator_query_tasks", "orchestrator_synthesize_results",
                        "orchestrator_get_status", "orchestrator_health_check", "orchestrator_restart_status",
                        "orchestrator_shutdown_prepare", "orchestrator_reconnect_test", "template_list", "template_load",
                        "template_validate", "template_info", "template_get_installation_status",
                        "template_validate_all");
        // Left out, a hint takes the specification's default: a tool that is not read-only may destroy.
        assertThat(tools.stream().filter(t -> !Boolean.TRUE.equals(t.annotations().readOnlyHint())
                && !Boolean.FALSE.equals(t.annotations().destructiveHint())).map(McpSchema.Tool::name))
                .containsExactlyInAnyOrder("orchestrator_cleanup_sessions", "orchestrator_delete_task",
                        "orchestrator_cancel_task", "orchestrator_maintenance_coordinator", "template_delete",
                        "template_uninstall");
    }

    @Test
    void givenValidInput_whenEveryToolIsCalled_thenEachSucceedsWithStructuredContentAndNextSteps() {
        ok(client, "orchestrator_initialize_session", Map.of("working_directory", workspace.toString()));
        ok(client, "orchestrator_list_sessions", Map.of("include_completed", true, "limit", 5));
        ok(client, "orchestrator_resume_session", Map.of("session_id", session));
        ok(client, "orchestrator_session_status", Map.of());
        ok(client, "orchestrator_cleanup_sessions", Map.of("cleanup_type", "all", "older_than_days", 0));
        String spare = (String) ok(client, "orchestrator_plan_task", Map.of("title", "Spare", "priority", "low",
                "due_date", "2030-01-31", "context", Map.of("ticket", 42))).get("task_id");
        String other = (String) ok(client, "orchestrator_plan_task", Map.of("title", "Other")).get("task_id");
        ok(client, "orchestrator_update_task", Map.of("task_id", spare, "priority", "critical", "status", "active",
                "reason", "started by hand"));
        ok(client, "orchestrator_query_tasks", Map.of("status", "in_progress", "full", true, "include_children", true,
                "include_artifacts", true, "limit", 1));
        ok(client, "orchestrator_next_task", Map.of("specialist_type", "generic"));
        String ready = (String) ok(client, "orchestrator_plan_task", Map.of("title", "Ready one")).get("task_id");
        ok(client, "orchestrator_execute_task", Map.of("task_id", ready, "agent", "agent-7"));
        ok(client, "orchestrator_complete_task", Map.of("task_id", ready, "summary", "done", "detailed_work", "all of it",
                "file_paths", List.of("src/Main.java"), "next_action", "continue", "artifact_type", "code",
                "agent", "agent-7"));
        ok(client, "orchestrator_synthesize_results", Map.of("parent_task_id", root));
        ok(client, "orchestrator_get_status", Map.of("session_id", session, "include_completed", true, "limit", 3));
        ok(client, "orchestrator_cancel_task", Map.of("task_id", spare, "reason", "not needed"));
        assertThat(ok(client, "orchestrator_health_check", Map.of())).containsEntry("healthy", true);
        assertThat(ok(client, "orchestrator_health_check", Map.of("include_database_status", false)).get("checks")
                .toString()).doesNotContain("integrity");
        assertThat(map(ok(client, "orchestrator_restart_status", Map.of("include_history", true)).get("current")))
                .containsEntry("phase", "running");
        String busy = (String) ok(client, "orchestrator_plan_task", Map.of("title", "Busy")).get("task_id");
        ok(client, "orchestrator_execute_task", Map.of("task_id", busy));
        Map<String, Object> prepare = ok(client, "orchestrator_shutdown_prepare", Map.of());
        assertThat(prepare).containsEntry("ready_for_shutdown", false);
        assertThat(prepare.get("blocking_issues").toString()).contains("1 task(s) in progress");
        assertThat(map(map(prepare.get("checks")).get("active_tasks")).get("tasks").toString()).contains(busy);
        ok(client, "orchestrator_complete_task", Map.of("task_id", busy, "summary", "s", "detailed_work", "w"));
        assertThat(ok(client, "orchestrator_shutdown_prepare", Map.of())).containsEntry("ready_for_shutdown", true);
        assertThat(map(map(prepare.get("checks")).get("client_connections"))).containsEntry("transport", "stdio")
                .containsEntry("connected_clients", 1).containsEntry("other_calls_in_flight", 0);
        Map<String, Object> reconnect = ok(client, "orchestrator_reconnect_test", Map.of());
        assertThat(reconnect).containsEntry("overall_status", "pass");
        assertThat(rows(reconnect.get("pings"))).hasSize(3).allSatisfy(ping -> assertThat(ping)
                .containsEntry("answered", true).containsKey("round_trip_ms"));
        assertThat(ok(client, "orchestrator_delete_task", Map.of("task_id", other, "archive_instead", false)))
                .containsEntry("action", "deleted");
    }
}

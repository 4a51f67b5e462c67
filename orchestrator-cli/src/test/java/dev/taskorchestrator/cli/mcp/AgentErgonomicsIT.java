package dev.taskorchestrator.cli.mcp;

import static dev.taskorchestrator.cli.mcp.RawServer.call;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Issue 14's parameters on the real jar over stdio: request ids across a restart and between two
 * processes racing, leases, filters, explanations, the v1 plan form, and each new parameter's
 * refusal naming its field.
 */
class AgentErgonomicsIT {

    @TempDir
    Path workspace;

    private final List<RawServer> started = new ArrayList<>();

    private RawServer serve(List<String> options) throws Exception {
        RawServer server = RawServer.start(workspace, options);
        started.add(server);
        server.initialize();
        return server;
    }

    @AfterEach
    void stopServers() throws Exception {
        for (RawServer server : started) {
            server.close();
        }
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> result(Map<String, Object> frame) {
        return (Map<String, Object>) frame.get("result");
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> refusal(RawServer server, String tool, String arguments) throws Exception {
        server.send(call("bad", tool, arguments));
        Map<String, Object> result = result(server.receive());
        assertThat(result).as(tool + " " + arguments).containsEntry("isError", true);
        return (Map<String, Object>) result.get("structuredContent");
    }

    @Test
    void givenACallWithARequestId_whenRetriedAfterARestart_thenTheFirstReplyComesBackAndOnePlanExists() throws Exception {
        String plan = "{\"title\":\"Ship\",\"request_id\":\"plan-1\",\"subtasks\":[{\"title\":\"A\"}]}";
        Map<String, Object> first = serve(List.of()).ok("orchestrator_plan_task", plan);
        started.get(0).close();

        RawServer again = serve(List.of());
        Map<String, Object> retried = again.ok("orchestrator_plan_task",
                "{\"subtasks\":[{\"title\":\"A\"}],\"request_id\":\"plan-1\",\"title\":\"Ship\"}");

        assertThat(retried).isEqualTo(first);
        assertThat(again.ok("orchestrator_query_tasks", "{}")).containsEntry("total_count", 2);
        Map<String, Object> conflict = refusal(again, "orchestrator_plan_task",
                "{\"title\":\"Other\",\"request_id\":\"plan-1\"}");
        assertThat(conflict).containsEntry("code", "conflict").containsEntry("field", "request_id");
        assertThat(refusal(again, "orchestrator_plan_task", "{\"title\":\"T\",\"request_id\":\"\"}"))
                .containsEntry("field", "request_id");
        assertThat(refusal(again, "orchestrator_plan_task", "{\"title\":\"T\",\"request_id\":\"" + "x".repeat(129)
                + "\"}")).containsEntry("field", "request_id");
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"sqlite", "postgresql"})
    void givenTwoProcessesSendingOneRequestIdAtOnce_whenBothAnswer_thenBothGetOnePlan(String kind) throws Exception {
        List<String> store = SharedStores.fresh(kind);
        RawServer one = serve(store);
        RawServer two = serve(store);
        one.ok("orchestrator_health_check", "{}");
        two.ok("orchestrator_health_check", "{}");
        for (int round = 0; round < 5; round++) {
            String plan = "{\"title\":\"Race " + round + "\",\"request_id\":\"race-" + round + "\"}";
            one.send(call("r", "orchestrator_plan_task", plan));
            two.send(call("r", "orchestrator_plan_task", plan));
            Map<String, Object> a = result(one.receive());
            Map<String, Object> b = result(two.receive());
            assertThat(a.get("structuredContent")).isEqualTo(b.get("structuredContent"));
        }

        assertThat(one.ok("orchestrator_query_tasks", "{}")).containsEntry("total_count", 5);
    }

    @Test
    @SuppressWarnings("unchecked")
    void givenLeasesFiltersAndHolds_whenAgentsWork_thenRepliesSayWhenLeasesEndAndWhatHoldsTheRest() throws Exception {
        RawServer server = serve(List.of());
        Map<String, Object> plan = server.ok("orchestrator_plan_task", "{\"title\":\"Root\",\"subtasks\":["
                + "{\"key\":\"a\",\"title\":\"A\",\"priority\":\"high\"},"
                + "{\"key\":\"b\",\"title\":\"B\",\"dependencies\":[\"a\"]}]}");
        Map<String, String> keys = (Map<String, String>) plan.get("keys");

        Map<String, Object> claimed = server.ok("orchestrator_next_task", "{\"claim\":true,\"lease_seconds\":120,"
                + "\"parent_task_id\":\"" + plan.get("task_id") + "\",\"priority\":[\"high\"]}");
        assertThat(claimed).containsEntry("found", true).containsKey("lease_expires_at");
        assertThat((Map<String, Object>) claimed.get("task")).containsEntry("task_id", keys.get("a"));

        Map<String, Object> none = server.ok("orchestrator_next_task", "{}");
        assertThat(none).containsEntry("found", false);
        assertThat((List<Map<String, Object>>) none.get("closest_to_ready")).anySatisfy(row -> {
            assertThat(row).containsEntry("task_id", keys.get("b"));
            assertThat(row.get("why")).asString().contains("waiting for " + keys.get("a") + " (in_progress)");
        });

        Map<String, Object> held = refusal(server, "orchestrator_execute_task", "{\"task_id\":\"" + keys.get("a")
                + "\",\"agent\":\"someone-else\"}");
        assertThat(held).containsEntry("code", "already_claimed");
        assertThat(((Number) held.get("retry_after_ms")).longValue()).isBetween(1L, 120_000L);
        assertThat(refusal(server, "orchestrator_execute_task", "{\"task_id\":\"" + keys.get("b") + "\"}").get("message"))
                .asString().contains("waiting for " + keys.get("a"));

        assertThat((List<Object>) server.ok("orchestrator_query_tasks", "{\"ready\":false}").get("tasks")).hasSize(3);
        server.ok("orchestrator_update_task", "{\"task_id\":\"" + keys.get("b") + "\",\"dependencies\":[]}");
        assertThat((List<Map<String, Object>>) server.ok("orchestrator_query_tasks", "{\"ready\":true}").get("tasks"))
                .extracting(row -> row.get("task_id")).containsExactly(keys.get("b"));
        server.ok("orchestrator_update_task", "{\"task_id\":\"" + keys.get("a") + "\",\"status\":\"pending\"}");
        assertThat((List<Object>) server.ok("orchestrator_query_tasks", "{\"ready\":true}").get("tasks")).hasSize(2);
    }

    @Test
    void givenBadValuesOfTheNewParameters_whenCalled_thenEachRefusalNamesItsField() throws Exception {
        RawServer server = serve(List.of());
        String task = (String) server.ok("orchestrator_plan_task", "{\"title\":\"T\"}").get("task_id");

        assertThat(refusal(server, "orchestrator_execute_task", "{\"task_id\":\"" + task + "\",\"lease_seconds\":59}"))
                .containsEntry("field", "lease_seconds");
        assertThat(refusal(server, "orchestrator_next_task", "{\"claim\":true,\"lease_seconds\":86401}"))
                .containsEntry("field", "lease_seconds");
        assertThat(refusal(server, "orchestrator_next_task", "{\"priority\":[\"urgent\"]}"))
                .containsEntry("field", "priority");
        assertThat(refusal(server, "orchestrator_next_task", "{\"parent_task_id\":\"nope\"}"))
                .containsEntry("field", "parent_task_id");
        assertThat(refusal(server, "orchestrator_query_tasks", "{\"ready\":\"yes\"}")).containsEntry("field", "ready");
        assertThat(refusal(server, "orchestrator_update_task", "{\"task_id\":\"" + task + "\",\"dependencies\":[\""
                + task + "\"]}")).containsEntry("field", "dependencies");
        assertThat(refusal(server, "orchestrator_update_task", "{\"task_id\":\"" + task + "\",\"dependencies\":[],"
                + "\"add_dependencies\":[\"" + task + "\"]}")).containsEntry("field", "dependencies");
        assertThat(refusal(server, "orchestrator_plan_task", "{\"description\":\"D\",\"subtasks_json\":\"[{}]\"}"))
                .containsEntry("field", "subtasks[0].title");
        assertThat(server.ok("orchestrator_query_tasks", "{}")).containsEntry("total_count", 1);
    }

    @Test
    @SuppressWarnings("unchecked")
    void givenTheV1PlanForm_whenPlanned_thenTheSubtasksAndTheirDependenciesAreStored() throws Exception {
        RawServer server = serve(List.of());

        Map<String, Object> plan = server.ok("orchestrator_plan_task", "{\"description\":\"Build login\\nwith OAuth\","
                + "\"complexity_level\":\"complex\",\"subtasks_json\":\"[{\\\"task_id\\\":\\\"a\\\",\\\"title\\\":"
                + "\\\"Design\\\",\\\"specialist_type\\\":\\\"architect\\\"},{\\\"task_id\\\":\\\"b\\\",\\\"title\\\":"
                + "\\\"Build\\\",\\\"dependencies\\\":[\\\"a\\\"]}]\"}");

        assertThat((Map<String, Object>) plan.get("task")).containsEntry("title", "Build login");
        assertThat((Map<String, Object>) plan.get("keys")).containsOnlyKeys("a", "b");
        assertThat(plan).containsEntry("created_count", 3);
    }

    @Test
    @SuppressWarnings("unchecked")
    void givenTasks_whenATaskIdIsCompletedAndTheLogLevelSet_thenIdsAreSuggestedAndCallsLoggedAtThatLevel()
            throws Exception {
        RawServer server = serve(List.of());
        String task = (String) server.ok("orchestrator_plan_task", "{\"title\":\"Refactor the invoice parser\"}")
                .get("task_id");
        server.ok("orchestrator_plan_task", "{\"title\":\"Write the changelog\"}");

        server.send("{\"jsonrpc\":\"2.0\",\"id\":\"c1\",\"method\":\"completion/complete\",\"params\":{\"ref\":"
                + "{\"type\":\"ref/prompt\",\"name\":\"implementer\"},\"argument\":{\"name\":\"task_id\",\"value\":\""
                + task.substring(0, 12) + "\"}}}");
        Map<String, Object> byPrefix = (Map<String, Object>) result(server.receive()).get("completion");
        assertThat((List<String>) byPrefix.get("values")).contains(task);
        server.send("{\"jsonrpc\":\"2.0\",\"id\":\"c2\",\"method\":\"completion/complete\",\"params\":{\"ref\":"
                + "{\"type\":\"ref/resource\",\"uri\":\"orchestrator://tasks/{id}\"},\"argument\":{\"name\":\"id\","
                + "\"value\":\"invoice\"}}}");
        Map<String, Object> byWords = (Map<String, Object>) result(server.receive()).get("completion");
        assertThat((List<String>) byWords.get("values")).containsExactly(task);

        server.send("{\"jsonrpc\":\"2.0\",\"id\":\"l1\",\"method\":\"logging/setLevel\",\"params\":{\"level\":"
                + "\"debug\"}}");
        assertThat(server.receive()).containsEntry("id", "l1").containsKey("result");
        server.send(call("after", "orchestrator_get_status", "{}"));
        Map<String, Object> logged = server.receive();
        assertThat(logged).containsEntry("method", "notifications/message");
        assertThat((Map<String, Object>) logged.get("params")).containsEntry("level", "debug");
        assertThat(server.receive()).containsEntry("id", "after");

        server.send("{\"jsonrpc\":\"2.0\",\"id\":\"l2\",\"method\":\"logging/setLevel\",\"params\":{\"level\":"
                + "\"error\"}}");
        assertThat(server.receive()).containsEntry("id", "l2");
        server.send(call("quiet", "orchestrator_get_status", "{}"));
        assertThat(server.receive()).as("nothing logged below error").containsEntry("id", "quiet");
    }
}

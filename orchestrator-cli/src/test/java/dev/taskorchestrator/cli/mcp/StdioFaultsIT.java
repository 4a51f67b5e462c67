package dev.taskorchestrator.cli.mcp;

import static dev.taskorchestrator.cli.mcp.RawServer.call;
import static org.assertj.core.api.Assertions.assertThat;

import io.modelcontextprotocol.client.McpSyncClient;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The stdio faults the issue names, each reproduced against the real jar. */
class StdioFaultsIT {

    /** 128 + SIGTERM's 15: how a JVM reports a stop by signal after its shutdown hooks ran. */
    private static final int EXIT_ON_SIGTERM = 143;

    @TempDir
    Path workspace;

    @SuppressWarnings("unchecked")
    private static Map<String, Object> error(Map<String, Object> frame) {
        return (Map<String, Object>) frame.get("error");
    }

    @Test
    void givenAMalformedLine_whenSent_thenParseErrorAndTheSessionGoesOn() throws Exception {
        try (RawServer server = RawServer.start(workspace)) {
            server.initialize();

            server.send("{\"jsonrpc\": \"2.0\", \"id\": 1, \"method\": ", call(2, "orchestrator_get_status", "{}"));

            Map<String, Object> parseError = server.receive();
            assertThat(parseError).containsEntry("id", null);
            assertThat(error(parseError)).containsEntry("code", -32700);
            assertThat(server.receive()).containsEntry("id", 2).containsKey("result");
        }
    }

    @Test
    void givenInitializeAnsweredBeforeTheServerIsBuilt_whenTheSessionGoesOn_thenEveryRequestHasExactlyOneReply()
            throws Exception {
        try (RawServer server = RawServer.start(workspace)) {
            server.send(RawServer.initializeRequest("init"), "{\"jsonrpc\":\"2.0\",\"method\":\"notifications/initialized\"}",
                    call(2, "orchestrator_get_status", "{}"));

            assertThat(server.receive()).containsEntry("id", "init").containsKey("result");
            assertThat(server.receive()).as("the SDK's own reply to initialize is not sent as a second one")
                    .containsEntry("id", 2).containsKey("result");
            server.closeStdin();
            assertThat(server.nextLine()).as("nothing after the last reply").isNull();
            assertThat(server.log()).as("the early reply is the SDK's").doesNotContain("SDK answers");
        }
    }

    @Test
    void givenRequestsBeforeInitialized_whenSent_thenEachIsAnsweredNotLeftWaiting() throws Exception {
        try (RawServer server = RawServer.start(workspace)) {
            server.send("{\"jsonrpc\":\"2.0\",\"id\":1,\"method\":\"ping\"}", call(2, "orchestrator_get_status", "{}"),
                    RawServer.initializeRequest("init"), call(3, "orchestrator_get_status", "{}"));

            assertThat(server.receive()).containsEntry("id", 1).containsEntry("result", Map.of());
            Map<String, Object> early = server.receive();
            assertThat(early).containsEntry("id", 2);
            assertThat(error(early)).containsEntry("code", -32600);
            assertThat(server.receive()).containsEntry("id", "init").containsKey("result");
            assertThat(error(server.receive())).as("initialize without initialized is not enough")
                    .containsEntry("code", -32600);
        }
    }

    @Test
    void givenCallsStillDue_whenStdinCloses_thenEveryResponseIsWrittenAndTheProcessExitsZeroWithinTwoSeconds()
            throws Exception {
        try (RawServer server = RawServer.start(workspace)) {
            server.initialize();
            // The drain is for calls, not for opening the store: initialize is answered before the
            // database has opened, and on a loaded machine opening a new one may itself take 1.5 s.
            server.ok("orchestrator_get_status", "{}");
            List<String> calls = new ArrayList<>();
            for (int i = 0; i < 20; i++) {
                calls.add(call(i, "orchestrator_plan_task", "{\"title\":\"Due " + i + "\"}"));
            }
            server.send(calls.toArray(String[]::new));

            server.closeStdin();
            long closedAt = System.nanoTime();
            boolean exited = server.process.waitFor(10, TimeUnit.SECONDS);
            long exitMillis = (System.nanoTime() - closedAt) / 1_000_000;

            assertThat(exited).isTrue();
            assertThat(server.process.exitValue()).isZero();
            assertThat(exitMillis).as("exit after stdin closed, ms").isLessThan(2_000);
            Set<Object> answered = new HashSet<>();
            Map<String, Object> frame;
            for (String line = server.nextLine(); line != null; line = server.nextLine()) {
                frame = RawServer.JSON.readValue(line, Map.class);
                assertThat(frame).containsKey("result");
                answered.add(frame.get("id"));
            }
            assertThat(answered).hasSize(20);
            assertThat(server.log()).contains("stdin closed; stopped").doesNotContain("Exception");
        }
    }

    @Test
    void givenWritesInFlight_whenSigtermArrives_thenItStopsCleanlyAndEveryAcknowledgedWriteIsStored() throws Exception {
        List<String> acknowledged = new ArrayList<>();
        try (RawServer server = RawServer.start(workspace)) {
            server.initialize();
            List<String> calls = new ArrayList<>();
            for (int i = 0; i < 200; i++) {
                calls.add(call(i, "orchestrator_plan_task", "{\"title\":\"Burst " + i + "\"}"));
            }
            server.send(calls.toArray(String[]::new));
            for (int i = 0; i < 5; i++) {
                acknowledged.add(taskId(server.receive()));
            }

            // SIGTERM through the handle: Process.destroy() would also close our end of its stdout.
            assertThat(server.process.toHandle().destroy()).isTrue();

            int notRun = 0;
            for (String line = server.nextLine(); line != null; line = server.nextLine()) {
                Map<String, Object> frame = RawServer.JSON.readValue(line, Map.class);
                if (frame.containsKey("error")) {
                    assertThat(error(frame)).containsEntry("code", -32000);
                    notRun++;
                } else {
                    acknowledged.add(taskId(frame));
                }
            }
            assertThat(acknowledged.size() + notRun).as("every request answered, run or not").isEqualTo(200);
            assertThat(server.process.waitFor(10, TimeUnit.SECONDS)).isTrue();
            assertThat(server.process.exitValue()).isEqualTo(EXIT_ON_SIGTERM);
            assertThat(server.log()).contains("stopped on signal").doesNotContain("Exception");
        }

        McpSyncClient client = McpJar.connect(workspace);
        try {
            List<Map<String, Object>> stored = McpJar.rows(McpJar.ok(client, "orchestrator_query_tasks",
                    Map.of("limit", 500)).get("tasks"));
            assertThat(stored).extracting(row -> (String) row.get("task_id")).containsAll(acknowledged);
        } finally {
            client.closeGracefully();
        }
    }

    @SuppressWarnings("unchecked")
    private static String taskId(Map<String, Object> frame) {
        assertThat(frame).as("a whole response, never a torn one").containsKey("result");
        Map<String, Object> result = (Map<String, Object>) frame.get("result");
        return (String) ((Map<String, Object>) result.get("structuredContent")).get("task_id");
    }

    @Test
    @SuppressWarnings("unchecked")
    void givenAServerKilledMidWork_whenStartedAgain_thenItReportsTheRecoveryAndNothingAcknowledgedIsLost()
            throws Exception {
        List<String> acknowledged = new ArrayList<>();
        String claimed;
        try (RawServer server = RawServer.start(workspace)) {
            server.initialize();
            for (int i = 0; i < 10; i++) {
                server.send(call(i, "orchestrator_plan_task", "{\"title\":\"Work " + i + "\"}"));
                acknowledged.add(taskId(server.receive()));
            }
            claimed = acknowledged.get(0);
            server.send(call(100, "orchestrator_execute_task", "{\"task_id\":\"" + claimed + "\"}"));
            assertThat(server.receive()).containsKey("result");

            server.process.toHandle().destroyForcibly();
            assertThat(server.process.waitFor(10, TimeUnit.SECONDS)).isTrue();
        }

        McpSyncClient client = McpJar.connect(workspace);
        try {
            Map<String, Object> health = McpJar.ok(client, "orchestrator_health_check", Map.of());
            assertThat(health).containsEntry("healthy", true);
            assertThat(health.get("checks").toString()).contains("without a clean stop",
                    "integrity check at recovery: ok");
            Map<String, Object> status = McpJar.ok(client, "orchestrator_restart_status",
                    Map.of("include_history", true));
            assertThat((Map<String, Object>) status.get("current")).containsEntry("phase", "running")
                    .containsEntry("failed_in", "running");
            List<Map<String, Object>> stored = McpJar.rows(McpJar.ok(client, "orchestrator_query_tasks",
                    Map.of("limit", 500, "full", true)).get("tasks"));
            assertThat(stored).extracting(row -> (String) row.get("task_id")).containsAll(acknowledged);
            assertThat(stored).filteredOn(row -> row.get("task_id").equals(claimed))
                    .extracting(row -> row.get("status")).as("a claim still in its lease is kept")
                    .containsExactly("in_progress");
        } finally {
            client.closeGracefully();
        }
    }

    @Test
    @SuppressWarnings("unchecked")
    void givenACleanStop_whenStartedAgain_thenNoRecoveryIsReported() throws Exception {
        try (RawServer server = RawServer.start(workspace)) {
            server.initialize();
            // A call waits for the store: initialize is answered before the database has opened,
            // and a server told to stop before then exits without waiting for it (nor recording it).
            server.ok("orchestrator_get_status", "{}");
            server.closeStdin();
            assertThat(server.process.waitFor(10, TimeUnit.SECONDS)).isTrue();
        }

        McpSyncClient client = McpJar.connect(workspace);
        try {
            Map<String, Object> current = (Map<String, Object>) McpJar.ok(client, "orchestrator_restart_status",
                    Map.of()).get("current");
            assertThat(current).containsEntry("phase", "running").doesNotContainKey("last_error");
            assertThat(current.get("restarts")).isEqualTo(2);
        } finally {
            client.closeGracefully();
        }
    }

    @Test
    @SuppressWarnings("unchecked")
    void givenADatabaseThatCannotBeOpened_whenAToolIsCalled_thenItsErrorSaysWhyAndTheServerStaysUp() throws Exception {
        Path folder = Files.createDirectories(workspace.resolve(".task_orchestrator"));
        Files.writeString(folder.resolve("orchestrator.db"), "these are my notes, not a database");
        try (RawServer server = RawServer.start(workspace)) {
            server.initialize();

            server.send(call(1, "orchestrator_get_status", "{}"), call(2, "orchestrator_get_status", "{}"));

            for (int id = 1; id <= 2; id++) {
                Map<String, Object> result = result(server.receive());
                assertThat(result).containsEntry("isError", true);
                assertThat(((Map<String, Object>) result.get("structuredContent")).get("message").toString())
                        .contains("orchestrator.db");
            }
            assertThat(server.log()).contains("the database could not be opened").doesNotContain("\tat ");
        }
        assertThat(Files.readString(workspace.resolve(".task_orchestrator").resolve("orchestrator.db")))
                .as("left untouched").isEqualTo("these are my notes, not a database");
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> result(Map<String, Object> frame) {
        assertThat(frame).containsKey("result");
        return (Map<String, Object>) frame.get("result");
    }
}

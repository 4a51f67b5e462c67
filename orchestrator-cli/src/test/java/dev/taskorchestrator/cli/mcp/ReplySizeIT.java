package dev.taskorchestrator.cli.mcp;

import static dev.taskorchestrator.cli.mcp.RawServer.call;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import io.modelcontextprotocol.json.TypeRef;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A reply never grows with the workspace, and the tool list stays within what a model should spend
 * on it: sizes are bytes on the wire, counted on the real jar's
 * stdout, so this is a measurement, not a timing.
 */
class ReplySizeIT {

    private static final int TOOLS_LIST_LIMIT = 40 * 1024;
    /** What the model reads of every tool, on every turn: its name, description and input schema. */
    private static final int MODEL_FACING_LIMIT = 30 * 1024;
    private static final int QUERY_REPLY_LIMIT = 16 * 1024;

    @TempDir
    Path workspace;

    private static int bytes(String line) {
        return line.getBytes(StandardCharsets.UTF_8).length;
    }

    /** The bytes of each tool's name, description and input schema, as one JSON object each. */
    @SuppressWarnings("unchecked")
    private static int modelFacing(String toolsList) throws Exception {
        Map<String, Object> frame = RawServer.JSON.readValue(toolsList, new TypeRef<Map<String, Object>>() {
        });
        int bytes = 0;
        for (Map<String, Object> tool : (List<Map<String, Object>>) ((Map<String, Object>) frame.get("result"))
                .get("tools")) {
            Map<String, Object> read = new LinkedHashMap<>();
            read.put("name", tool.get("name"));
            read.put("description", tool.get("description"));
            read.put("inputSchema", tool.get("inputSchema"));
            bytes += bytes(RawServer.JSON.writeValueAsString(read));
        }
        return bytes;
    }

    private static String toolsList(RawServer server) throws Exception {
        server.initialize();
        server.send("{\"jsonrpc\":\"2.0\",\"id\":\"tools\",\"method\":\"tools/list\"}");
        return server.nextLine();
    }

    @Test
    void givenEveryToolAndTheCoreProfile_whenListed_thenBothPartsOfTheListStayWithinTheirBudgets() throws Exception {
        String all;
        try (RawServer server = RawServer.start(workspace)) {
            all = toolsList(server);
        }
        String core;
        try (RawServer server = RawServer.start(workspace, List.of("--tools", "core"))) {
            core = toolsList(server);
        }

        System.out.printf("tools/list, every tool: %,d bytes, of which the model reads %,d (name, description,"
                + " input schema); core profile: %,d bytes, the model reads %,d%n", bytes(all), modelFacing(all),
                bytes(core), modelFacing(core));
        assertThat(bytes(all)).isLessThanOrEqualTo(TOOLS_LIST_LIMIT);
        assertThat(modelFacing(all)).isLessThanOrEqualTo(MODEL_FACING_LIMIT);
        assertThat(modelFacing(core)).isLessThan(modelFacing(all) / 2);
        assertThat(core).contains("\"orchestrator_plan_task\"", "\"orchestrator_complete_task\"")
                .doesNotContain("\"template_list\"", "\"orchestrator_restart_server\"");
    }

    @Test
    void givenAThousandTasks_whenTasksAreQueried_thenAPageStaysWithinItsBudget() throws Exception {
        try (RawServer server = RawServer.start(workspace)) {
            server.initialize();

            List<String> subtasks = new ArrayList<>();
            for (int i = 0; i < 999; i++) {
                subtasks.add("{\"key\":\"t" + i + "\",\"title\":\"Implement part " + i + " of the payment service\","
                        + "\"description\":\"" + "Details of the work. ".repeat(10) + "\",\"specialist_type\":\"implementer\"}");
            }
            server.send(call("plan", "orchestrator_plan_task", "{\"title\":\"A plan of a thousand tasks\",\"subtasks\":["
                    + String.join(",", subtasks) + "]}"));
            Map<String, Object> planned = server.receive();
            assertThat(planned).containsKey("result");

            server.send(call("page", "orchestrator_query_tasks", "{}"));
            String page = server.nextLine();
            server.send(call("full", "orchestrator_query_tasks", "{\"full\":true}"));
            int fullPage = bytes(server.nextLine());

            System.out.printf("query_tasks default page (50 of 1,000): %,d bytes; full page: %,d bytes%n",
                    bytes(page), fullPage);
            assertThat(bytes(page)).isLessThan(QUERY_REPLY_LIMIT);
            assertThat(page).contains("\"total_count\":1000", "\"next_cursor\"");
        }
    }
}

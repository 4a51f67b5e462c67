package dev.taskorchestrator.cli.mcp;

import static dev.taskorchestrator.cli.mcp.RawServer.call;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A reply never grows with the workspace: sizes are bytes on the wire, counted on the real jar's
 * stdout, so this is a measurement, not a timing.
 */
class ReplySizeIT {

    private static final int TOOLS_LIST_LIMIT = 40 * 1024;
    private static final int QUERY_REPLY_LIMIT = 16 * 1024;

    @TempDir
    Path workspace;

    private static int bytes(String line) {
        return line.getBytes(StandardCharsets.UTF_8).length;
    }

    @Test
    void givenAThousandTasks_whenToolsAreListedAndTasksQueried_thenRepliesStayWithinTheirBudgets() throws Exception {
        try (RawServer server = RawServer.start(workspace)) {
            server.initialize();
            server.send("{\"jsonrpc\":\"2.0\",\"id\":\"tools\",\"method\":\"tools/list\"}");
            int toolsList = bytes(server.nextLine());

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

            System.out.printf("tools/list: %,d bytes; query_tasks default page (50 of 1,000): %,d bytes;"
                    + " full page: %,d bytes%n", toolsList, bytes(page), fullPage);
            assertThat(toolsList).isLessThan(TOOLS_LIST_LIMIT);
            assertThat(bytes(page)).isLessThan(QUERY_REPLY_LIMIT);
            assertThat(page).contains("\"total_count\":1000", "\"next_cursor\"");
        }
    }
}

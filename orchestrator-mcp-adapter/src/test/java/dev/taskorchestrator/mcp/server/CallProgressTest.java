package dev.taskorchestrator.mcp.server;

import static org.assertj.core.api.Assertions.assertThat;

import io.modelcontextprotocol.server.McpSyncServerExchange;
import io.modelcontextprotocol.spec.McpSchema;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.Test;

class CallProgressTest {

    private final List<McpSchema.ProgressNotification> sent = new CopyOnWriteArrayList<>();
    private final McpSyncServerExchange exchange = new McpSyncServerExchange(null) {
        @Override
        public void progressNotification(McpSchema.ProgressNotification notification) {
            sent.add(notification);
        }
    };

    private static McpSchema.CallToolRequest request(Map<String, Object> meta) {
        return new McpSchema.CallToolRequest("orchestrator_maintenance_coordinator", Map.of(), meta);
    }

    @Test
    void givenAProgressToken_whenTheCallRunsLong_thenRisingProgressUnderThatTokenAndNoneOnceItEnds() throws Exception {
        try (CallProgress progress = CallProgress.of(exchange, request(Map.of("progressToken", "tok-1")), 20)) {
            while (sent.size() < 3) {
                Thread.sleep(5);
            }
        }
        int atEnd = sent.size();
        Thread.sleep(100);

        assertThat(sent.size()).as("nothing after the call ended").isLessThanOrEqualTo(atEnd + 1);
        assertThat(sent).allSatisfy(n -> assertThat(n.progressToken()).isEqualTo("tok-1"));
        assertThat(sent.stream().map(McpSchema.ProgressNotification::progress).toList()).isSorted().doesNotHaveDuplicates();
        assertThat(sent.get(0).message()).contains("orchestrator_maintenance_coordinator still running");
    }

    @Test
    void givenNoProgressToken_whenTheCallRuns_thenNothingIsSent() throws Exception {
        try (CallProgress progress = CallProgress.of(exchange, request(Map.of()), 5)) {
            Thread.sleep(60);
        }

        assertThat(sent).isEmpty();
    }
}

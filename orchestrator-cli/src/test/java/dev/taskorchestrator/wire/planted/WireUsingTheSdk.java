package dev.taskorchestrator.wire.planted;

import dev.taskorchestrator.mcp.tool.ToolReply;
import io.modelcontextprotocol.spec.McpSchema;
import java.util.Map;

/** Planted violation: a document of the published language shaped with the MCP SDK and an MCP adapter's class. */
public class WireUsingTheSdk {
    public Object document() {
        return new McpSchema.TextContent(ToolReply.with("task_id", "task_x").text("").text());
    }

    public Map<String, Object> empty() {
        return Map.of();
    }
}

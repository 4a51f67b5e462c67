package dev.taskorchestrator.wire.planted;

import dev.taskorchestrator.mcp.tool.ToolReply;
import java.util.Map;

/** Planted violation: a document of the published language made by an MCP adapter's class. */
public class WireUsingAnAdapter {
    public Map<String, Object> document() {
        return ToolReply.with("task_id", "task_x").text("").structured();
    }
}

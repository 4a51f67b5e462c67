package dev.taskorchestrator.wire.planted;

import io.modelcontextprotocol.spec.McpSchema;

/** Planted violation: a document of the published language shaped with the MCP SDK. */
public class WireUsingTheSdk {
    public Object document() {
        return new McpSchema.TextContent("task_x");
    }
}

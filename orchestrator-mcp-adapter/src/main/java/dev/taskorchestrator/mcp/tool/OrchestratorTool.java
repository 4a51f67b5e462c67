package dev.taskorchestrator.mcp.tool;

import dev.taskorchestrator.wire.input.Arguments;

/**
 * One MCP tool: what a client sees of it, and the translation of a call onto one use case. A tool
 * throws {@code OrchestratorException} for a refused call; the server turns it into an error result.
 */
public interface OrchestratorTool {

    ToolDescriptor descriptor();

    ToolReply call(Arguments arguments, Caller caller);
}

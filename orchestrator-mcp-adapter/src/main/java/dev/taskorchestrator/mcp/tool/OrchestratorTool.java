package dev.taskorchestrator.mcp.tool;

import dev.taskorchestrator.wire.input.Arguments;
import java.util.Map;

/**
 * One MCP tool: what a client sees of it, and the translation of a call onto one use case. A tool
 * throws {@code OrchestratorException} for a refused call; the server turns it into an error result.
 */
public interface OrchestratorTool {

    ToolDescriptor descriptor();

    ToolReply call(Arguments arguments, Caller caller);

    /** The arguments in today's names, for a tool that still accepts an older form of them. */
    default Map<String, Object> upgraded(Map<String, Object> arguments) {
        return arguments;
    }

    /**
     * Whether a call acts on the store only, so that a retry-safe call's reply can be kept in the
     * same transaction; a tool that also writes files or acts on the server says no.
     */
    default boolean actsOnStoreOnly() {
        return true;
    }
}

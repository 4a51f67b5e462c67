package dev.taskorchestrator.cli.command.planted;

import dev.taskorchestrator.mcp.tool.OrchestratorTools;
import java.util.List;

/** Planted violation: a command that reaches the core through the MCP adapter's tools instead of a use case. */
public class CommandCallingATool {
    public int tools() {
        return OrchestratorTools.all(() -> null, List.of(), command -> null).size();
    }
}

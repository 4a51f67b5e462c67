package dev.taskorchestrator.cli.command;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The MCP clients {@code init} knows, each with where its configuration lives and how this server
 * is entered in it. Project-scoped clients name the workspace by their own variable; the others get
 * its path.
 */
enum McpClientConfig {
    CLAUDE_CODE("claude-code", "mcpServers", true, false),
    CLAUDE_DESKTOP("claude-desktop", "mcpServers", false, false),
    CURSOR("cursor", "mcpServers", false, true),
    VSCODE("vscode", "servers", true, true),
    WINDSURF("windsurf", "mcpServers", false, false);

    static final String SERVER_NAME = "task-orchestrator";

    private final String id;
    private final String serversKey;
    private final boolean typed;
    private final boolean workspaceVariable;

    McpClientConfig(String id, String serversKey, boolean typed, boolean workspaceVariable) {
        this.id = id;
        this.serversKey = serversKey;
        this.typed = typed;
        this.workspaceVariable = workspaceVariable;
    }

    String id() {
        return id;
    }

    static List<String> ids() {
        return java.util.Arrays.stream(values()).map(McpClientConfig::id).toList();
    }

    /** Where the client reads its servers from. */
    Path file(Path workspace, Path home, String os) {
        return switch (this) {
            case CLAUDE_CODE -> workspace.resolve(".mcp.json");
            case CLAUDE_DESKTOP -> switch (os) {
                case "mac" -> home.resolve("Library/Application Support/Claude/claude_desktop_config.json");
                case "windows" -> home.resolve("AppData/Roaming/Claude/claude_desktop_config.json");
                default -> home.resolve(".config/Claude/claude_desktop_config.json");
            };
            case CURSOR -> workspace.resolve(".cursor/mcp.json");
            case VSCODE -> workspace.resolve(".vscode/mcp.json");
            case WINDSURF -> home.resolve(".codeium/windsurf/mcp_config.json");
        };
    }

    /** This server's entry, to go under {@link #serversKey()} as {@value #SERVER_NAME}. */
    Map<String, Object> entry(List<String> command, Path workspace) {
        List<String> args = new ArrayList<>(command.subList(1, command.size()));
        args.add("serve");
        if (this != CLAUDE_CODE) {
            args.add("--workspace");
            args.add(workspaceVariable ? "${workspaceFolder}" : workspace.toString());
        }
        Map<String, Object> entry = new LinkedHashMap<>();
        if (typed) {
            entry.put("type", "stdio");
        }
        entry.put("command", command.get(0));
        entry.put("args", args);
        return entry;
    }

    String serversKey() {
        return serversKey;
    }

    /** The whole file's content for a client that has none yet. */
    Map<String, Object> document(List<String> command, Path workspace) {
        return Map.of(serversKey, Map.of(SERVER_NAME, entry(command, workspace)));
    }
}

package dev.taskorchestrator.cli.command;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

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
    /** The variable the clients that can read one take the token from: never the token itself in a project's file. */
    static final String TOKEN_VARIABLE = "ORCHESTRATOR_TOKEN";
    static final String VSCODE_TOKEN_INPUT = "orchestrator-token";

    /**
     * A server reached at a URL. {@code tokened} says whether it wants a token; {@code token} is
     * the token itself, written only where a client can take it from nowhere else (Claude
     * Desktop's own file in the person's home), never into a workspace's files, which get committed.
     */
    record Remote(String url, boolean tokened, Optional<String> token) {
        /** The same server with the token left out: for what is printed, which a terminal's scrollback keeps. */
        Remote shown() {
            return new Remote(url, tokened, Optional.empty());
        }
    }

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

    /** This server's entry for a server reached over HTTP, with the token's header where one is wanted. */
    Map<String, Object> entry(Remote remote) {
        Map<String, Object> entry = new LinkedHashMap<>();
        String bearer = switch (this) {
            case CLAUDE_CODE -> "Bearer ${" + TOKEN_VARIABLE + "}";
            case VSCODE -> "Bearer ${input:" + VSCODE_TOKEN_INPUT + "}";
            default -> "Bearer ${env:" + TOKEN_VARIABLE + "}";
        };
        switch (this) {
            case CLAUDE_DESKTOP -> {
                // Claude Desktop starts local processes only: mcp-remote carries the calls to the URL.
                List<String> args = new ArrayList<>(List.of("-y", "mcp-remote", remote.url()));
                entry.put("command", "npx");
                if (remote.tokened()) {
                    args.addAll(List.of("--header", "Authorization:${ORCHESTRATOR_AUTHORIZATION}"));
                    entry.put("args", args);
                    entry.put("env", Map.of("ORCHESTRATOR_AUTHORIZATION", "Bearer "
                            + remote.token().orElse("<the token>")));
                } else {
                    entry.put("args", args);
                }
                return entry;
            }
            case CLAUDE_CODE, VSCODE -> {
                entry.put("type", "http");
                entry.put("url", remote.url());
            }
            case WINDSURF -> entry.put("serverUrl", remote.url());
            case CURSOR -> entry.put("url", remote.url());
        }
        if (remote.tokened()) {
            entry.put("headers", Map.of("Authorization", bearer));
        }
        return entry;
    }

    /** What the file holds besides the servers for a remote entry: VS Code asks for the token once, hidden. */
    Map<String, Object> extras(Remote remote) {
        if (this != VSCODE || !remote.tokened()) {
            return Map.of();
        }
        Map<String, Object> input = new LinkedHashMap<>();
        input.put("type", "promptString");
        input.put("id", VSCODE_TOKEN_INPUT);
        input.put("description", "The Task Orchestrator server's bearer token");
        input.put("password", true);
        return Map.of("inputs", List.of(input));
    }

    String serversKey() {
        return serversKey;
    }

    /** The whole file's content for a client that has none yet. */
    Map<String, Object> document(List<String> command, Path workspace) {
        return Map.of(serversKey, Map.of(SERVER_NAME, entry(command, workspace)));
    }

    /** The whole file's content for a client that has none yet, for a server at a URL. */
    Map<String, Object> document(Remote remote) {
        Map<String, Object> document = new LinkedHashMap<>(extras(remote));
        document.put(serversKey, Map.of(SERVER_NAME, entry(remote)));
        return document;
    }
}

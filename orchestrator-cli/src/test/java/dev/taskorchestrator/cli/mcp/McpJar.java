package dev.taskorchestrator.cli.mcp;

import static org.assertj.core.api.Assertions.assertThat;

import io.modelcontextprotocol.client.McpClient;
import io.modelcontextprotocol.client.McpSyncClient;
import io.modelcontextprotocol.client.transport.ServerParameters;
import io.modelcontextprotocol.client.transport.StdioClientTransport;
import io.modelcontextprotocol.json.McpJsonDefaults;
import io.modelcontextprotocol.spec.McpSchema;
import io.modelcontextprotocol.spec.McpSchema.CallToolResult;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;

/**
 * The real shaded jar as an MCP server, driven by the SDK's own client over stdio: the way Claude
 * Code, Cursor or VS Code start it.
 */
public final class McpJar {

    static final Path JAR = Path.of("target", "orchestrator.jar").toAbsolutePath();

    private McpJar() {
    }

    static String java() {
        return Path.of(System.getProperty("java.home"), "bin", "java").toString();
    }

    static List<String> serveCommand(Path workspace) {
        return List.of(java(), "-Xlog:disable", "-Xlog:all=warning:stderr", "-jar", JAR.toString(), "serve", "--workspace",
                workspace.toString());
    }

    /** A client connected to a fresh server process on {@code workspace}, initialized. */
    public static McpSyncClient connect(Path workspace) {
        return connect(workspace, Map.of());
    }

    /** Like {@link #connect(Path)}, with variables added to the server's environment. */
    public static McpSyncClient connect(Path workspace, Map<String, String> environment) {
        assertThat(JAR).exists();
        List<String> command = serveCommand(workspace);
        ServerParameters parameters = ServerParameters.builder(command.get(0)).args(command.subList(1, command.size()))
                .env(environment).build();
        McpSyncClient client = McpClient.sync(new StdioClientTransport(parameters, McpJsonDefaults.getMapper()))
                .clientInfo(new McpSchema.Implementation("e2e-test", "1.0"))
                .requestTimeout(Duration.ofSeconds(30))
                .initializationTimeout(Duration.ofSeconds(30))
                // The server trusts its replies to fit their tools' output schemas; this client checks
                // every one it receives, so the end-to-end tests prove that trust.
                .enableCallToolSchemaCaching(true)
                .build();
        client.initialize();
        return client;
    }

    static CallToolResult call(McpSyncClient client, String tool, Map<String, Object> arguments) {
        return client.callTool(new McpSchema.CallToolRequest(tool, arguments));
    }

    /** Calls a tool that must succeed and returns its structured content. */
    @SuppressWarnings("unchecked")
    public static Map<String, Object> ok(McpSyncClient client, String tool, Map<String, Object> arguments) {
        CallToolResult result = call(client, tool, arguments);
        assertThat(result.isError()).as(tool + " " + arguments + " -> " + text(result)).isNotEqualTo(Boolean.TRUE);
        assertThat(result.structuredContent()).as("structured content").isInstanceOf(Map.class);
        Map<String, Object> structured = (Map<String, Object>) result.structuredContent();
        assertThat(structured).containsKey("next_steps");
        assertThat(text(result)).as("a text rendering").isNotBlank();
        return structured;
    }

    /** Calls a tool that must be refused and returns the structured error. */
    @SuppressWarnings("unchecked")
    static Map<String, Object> refused(McpSyncClient client, String tool, Map<String, Object> arguments) {
        CallToolResult result = call(client, tool, arguments);
        assertThat(result.isError()).as(tool + " " + arguments + " must be refused; got " + text(result)).isTrue();
        Map<String, Object> error = (Map<String, Object>) result.structuredContent();
        assertThat(error).containsKeys("code", "message", "allowed", "retryable");
        assertThat(text(result)).startsWith("error ").doesNotContain("Exception", "\tat ");
        return error;
    }

    static String text(CallToolResult result) {
        return result.content().stream().filter(McpSchema.TextContent.class::isInstance)
                .map(content -> ((McpSchema.TextContent) content).text()).findFirst().orElse("");
    }

    @SuppressWarnings("unchecked")
    static Map<String, Object> map(Object value) {
        return (Map<String, Object>) value;
    }

    @SuppressWarnings("unchecked")
    static List<Map<String, Object>> rows(Object value) {
        return (List<Map<String, Object>>) value;
    }
}

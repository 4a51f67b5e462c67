package dev.taskorchestrator.cli.mcp;

import io.modelcontextprotocol.client.McpClient;
import io.modelcontextprotocol.client.McpSyncClient;
import io.modelcontextprotocol.client.transport.HttpClientStreamableHttpTransport;
import io.modelcontextprotocol.json.McpJsonDefaults;
import io.modelcontextprotocol.spec.McpSchema;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The real jar as an MCP server over Streamable HTTP, and the SDK's own HTTP client to talk to it. */
final class HttpJar {

    private static final Pattern LISTENING = Pattern.compile("at http://([^:]+):(\\d+)/mcp");

    /** A running server: its process and its base URL. */
    record Server(Process process, String base) {
    }

    private HttpJar() {
    }

    /** A server on a free port of loopback, once it says where it listens. */
    static Server serve(Path workspace, Map<String, String> environment, List<String> extra) throws Exception {
        List<String> command = new ArrayList<>(List.of(McpJar.java(), "-jar", McpJar.JAR.toString(), "serve",
                "--http", "0", "--workspace", workspace.toString()));
        command.addAll(extra);
        ProcessBuilder builder = new ProcessBuilder(command).redirectOutput(ProcessBuilder.Redirect.DISCARD);
        builder.environment().putAll(environment);
        Process process = builder.start();
        BufferedReader stderr = new BufferedReader(new InputStreamReader(process.getErrorStream(),
                StandardCharsets.UTF_8));
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
        String line;
        while (System.nanoTime() < deadline && (line = stderr.readLine()) != null) {
            Matcher listening = LISTENING.matcher(line);
            if (listening.find()) {
                Thread drain = new Thread(() -> {
                    try {
                        stderr.lines().forEach(ignored -> { });
                    } catch (java.io.UncheckedIOException closed) {
                        // the process is gone: nothing more to read
                    }
                });
                drain.setDaemon(true);
                drain.start();
                return new Server(process, "http://" + listening.group(1) + ":" + listening.group(2));
            }
        }
        process.destroyForcibly();
        throw new AssertionError("the server never said where it listens");
    }

    /** A client of the server at {@code base}, initialized, sending {@code token} as its bearer token. */
    static McpSyncClient client(String base, String token, String name) {
        var transport = HttpClientStreamableHttpTransport.builder(base)
                .endpoint("/mcp")
                .jsonMapper(McpJsonDefaults.getMapper())
                .httpRequestCustomizer((request, method, uri, body, context) ->
                        request.header("Authorization", "Bearer " + token))
                .build();
        McpSyncClient client = McpClient.sync(transport)
                .clientInfo(new McpSchema.Implementation(name, "1.0"))
                .requestTimeout(Duration.ofSeconds(30))
                .initializationTimeout(Duration.ofSeconds(30))
                // The server trusts its replies to fit their tools' output schemas; this client checks
                // every one it receives, so the end-to-end tests prove that trust.
                .enableCallToolSchemaCaching(true)
                .build();
        client.initialize();
        return client;
    }
}

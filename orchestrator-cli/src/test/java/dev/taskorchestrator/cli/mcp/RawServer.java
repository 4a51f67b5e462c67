package dev.taskorchestrator.cli.mcp;

import static org.assertj.core.api.Assertions.assertThat;

import io.modelcontextprotocol.json.McpJsonDefaults;
import io.modelcontextprotocol.json.McpJsonMapper;
import io.modelcontextprotocol.json.TypeRef;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

/**
 * The real jar's server spoken to line by line, for what a well-behaved client never does:
 * malformed lines, requests before initialization, closing stdin with calls in flight, signals.
 */
final class RawServer implements AutoCloseable {

    static final McpJsonMapper JSON = McpJsonDefaults.getMapper();

    final Process process;
    final Path stderr;
    private final OutputStream stdin;
    private final BufferedReader stdout;
    private int calls;

    private RawServer(Process process, Path stderr) {
        this.process = process;
        this.stderr = stderr;
        this.stdin = process.getOutputStream();
        this.stdout = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8));
    }

    static RawServer start(Path workspace) throws IOException {
        return start(workspace, List.of());
    }

    /** A server on {@code workspace} with more options, such as {@code --db URL}. */
    static RawServer start(Path workspace, List<String> options) throws IOException {
        return start(workspace, options, Map.of());
    }

    /** Likewise, with variables added to the server's environment. */
    static RawServer start(Path workspace, List<String> options, Map<String, String> environment) throws IOException {
        Path stderr = Files.createTempFile("orchestrator-serve", ".log");
        List<String> command = new ArrayList<>(McpJar.serveCommand(workspace));
        command.addAll(options);
        ProcessBuilder builder = new ProcessBuilder(command).redirectError(stderr.toFile());
        builder.environment().putAll(environment);
        return new RawServer(builder.start(), stderr);
    }

    /** Kills the process at once, as a crash would. */
    void kill() throws InterruptedException {
        process.destroyForcibly().waitFor();
    }

    /** Calls a tool that must succeed and returns its structured content. */
    @SuppressWarnings("unchecked")
    Map<String, Object> ok(String tool, String arguments) throws Exception {
        String id = "call-" + (++calls);
        send(call(id, tool, arguments));
        Map<String, Object> frame = receive();
        assertThat(frame).as(tool + " on a server whose log says: " + log()).containsEntry("id", id)
                .containsKey("result");
        Map<String, Object> result = (Map<String, Object>) frame.get("result");
        assertThat(result.get("isError")).as(tool + ": " + result).isNotEqualTo(Boolean.TRUE);
        return (Map<String, Object>) result.get("structuredContent");
    }

    void send(String... lines) throws IOException {
        for (String line : lines) {
            stdin.write((line + "\n").getBytes(StandardCharsets.UTF_8));
        }
        stdin.flush();
    }

    void closeStdin() throws IOException {
        stdin.close();
    }

    /** The next frame; every line on stdout must be a JSON-RPC frame. */
    Map<String, Object> receive() throws Exception {
        String line = nextLine();
        assertThat(line).as("a frame before stdout ended; stderr: " + Files.readString(stderr)).isNotNull();
        Map<String, Object> frame = JSON.readValue(line, new TypeRef<Map<String, Object>>() {
        });
        assertThat(frame).containsEntry("jsonrpc", "2.0");
        return frame;
    }

    /** The next line of stdout, or null at its end. */
    String nextLine() throws Exception {
        return CompletableFuture.supplyAsync(() -> {
            try {
                return stdout.readLine();
            } catch (IOException e) {
                return null;
            }
        }).get(30, TimeUnit.SECONDS);
    }

    void initialize() throws Exception {
        send(initializeRequest("init"));
        assertThat(receive()).containsEntry("id", "init").containsKey("result");
        send("{\"jsonrpc\":\"2.0\",\"method\":\"notifications/initialized\"}");
    }

    static String initializeRequest(String id) {
        return "{\"jsonrpc\":\"2.0\",\"id\":\"" + id + "\",\"method\":\"initialize\",\"params\":{\"protocolVersion\":"
                + "\"2025-06-18\",\"capabilities\":{},\"clientInfo\":{\"name\":\"raw\",\"version\":\"1\"}}}";
    }

    static String call(Object id, String tool, String arguments) {
        return "{\"jsonrpc\":\"2.0\",\"id\":" + jsonId(id) + ",\"method\":\"tools/call\",\"params\":{\"name\":\"" + tool
                + "\",\"arguments\":" + arguments + "}}";
    }

    private static String jsonId(Object id) {
        return id instanceof String text ? "\"" + text + "\"" : String.valueOf(id);
    }

    String log() throws IOException {
        return Files.readString(stderr);
    }

    @Override
    public void close() throws IOException {
        process.destroyForcibly();
        Files.deleteIfExists(stderr);
    }
}

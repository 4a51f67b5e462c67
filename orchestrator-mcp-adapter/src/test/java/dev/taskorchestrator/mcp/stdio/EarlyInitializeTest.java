package dev.taskorchestrator.mcp.stdio;

import static org.assertj.core.api.Assertions.assertThat;

import dev.taskorchestrator.application.service.Orchestrator;
import dev.taskorchestrator.mcp.server.OrchestratorMcpServer;
import dev.taskorchestrator.testkit.memory.InMemoryStore;
import io.modelcontextprotocol.json.McpJsonMapper;
import io.modelcontextprotocol.json.TypeRef;
import io.modelcontextprotocol.server.McpSyncServer;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.nio.channels.Channels;
import java.nio.channels.Pipe;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

/**
 * The reply to {@code initialize} written before the server is built must be the reply the SDK
 * would have written, and only lines the SDK would surely accept may be answered so.
 */
class EarlyInitializeTest {

    private static final McpJsonMapper JSON = OrchestratorMcpServer.jsonMapper();
    private static final TypeRef<Map<String, Object>> MAP = new TypeRef<>() {
    };
    private static final String NAME = "task-orchestrator";
    private static final String VERSION = "1.2.3";

    /** A client's initialize with these id, protocol version and capabilities. */
    private static String initialize(String id, String version, String capabilities) {
        return "{\"jsonrpc\":\"2.0\",\"id\":" + id + ",\"method\":\"initialize\",\"params\":{\"protocolVersion\":\""
                + version + "\",\"capabilities\":" + capabilities
                + ",\"clientInfo\":{\"name\":\"client \\\"é\\\" 🚀\",\"version\":\"1\"}}}";
    }

    @ParameterizedTest
    @ValueSource(strings = {"2024-11-05", "2025-03-26", "2025-06-18", "2025-11-25", "1999-01-01", "2099-12-31", ""})
    void givenEachProtocolVersion_whenAnsweredEarly_thenTheReplyIsTheSdks(String version) throws Exception {
        assertSameAsSdk(initialize("1", version, "{}"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"0", "-5", "2147483648", "9223372036854775807", "\"a\"", "\"\"", "\"quote \\\" and \\u00e9 🚀\""})
    void givenEachKindOfId_whenAnsweredEarly_thenTheReplyCarriesItAsTheSdkDoes(String id) throws Exception {
        assertSameAsSdk(initialize(id, "2025-06-18", "{}"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"{\"roots\":{\"listChanged\":true}}", "{\"roots\":{}}", "{\"sampling\":{}}",
        "{\"sampling\":{\"tools\":{},\"context\":{}}}", "{\"elicitation\":{\"form\":{},\"url\":{}}}",
        "{\"experimental\":{\"x\":[1,{\"y\":null}],\"z\":\"w\"}}",
        "{\"roots\":{\"listChanged\":false},\"sampling\":{},\"elicitation\":{}}"})
    void givenTheCapabilitiesClientsSend_whenAnsweredEarly_thenTheReplyIsTheSdks(String capabilities) throws Exception {
        assertSameAsSdk(initialize("7", "2025-11-25", capabilities));
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "{\"jsonrpc\":\"2.0\",\"id\":1,\"method\":\"ping\"}",
        "{\"jsonrpc\":\"2.0\",\"id\":1,\"method\":\"tools/list\"}",
        "{\"jsonrpc\":\"2.0\",\"method\":\"initialize\",\"params\":{\"protocolVersion\":\"2025-06-18\",\"capabilities\":{},\"clientInfo\":{\"name\":\"c\",\"version\":\"1\"}}}",
        "{\"jsonrpc\":\"1.0\",\"id\":1,\"method\":\"initialize\",\"params\":{\"protocolVersion\":\"2025-06-18\",\"capabilities\":{},\"clientInfo\":{\"name\":\"c\",\"version\":\"1\"}}}",
        "{\"jsonrpc\":\"2.0\",\"id\":1.5,\"method\":\"initialize\",\"params\":{\"protocolVersion\":\"2025-06-18\",\"capabilities\":{},\"clientInfo\":{\"name\":\"c\",\"version\":\"1\"}}}",
        "{\"jsonrpc\":\"2.0\",\"id\":null,\"method\":\"initialize\",\"params\":{\"protocolVersion\":\"2025-06-18\",\"capabilities\":{},\"clientInfo\":{\"name\":\"c\",\"version\":\"1\"}}}",
        "{\"jsonrpc\":\"2.0\",\"id\":1,\"method\":\"initialize\"}",
        "{\"jsonrpc\":\"2.0\",\"id\":1,\"method\":\"initialize\",\"params\":{}}",
        "{\"jsonrpc\":\"2.0\",\"id\":1,\"method\":\"initialize\",\"params\":{\"protocolVersion\":20250618,\"capabilities\":{},\"clientInfo\":{\"name\":\"c\",\"version\":\"1\"}}}",
        "{\"jsonrpc\":\"2.0\",\"id\":1,\"method\":\"initialize\",\"params\":{\"protocolVersion\":\"2025-06-18\",\"capabilities\":{\"roots\":{\"listChanged\":\"yes\"}},\"clientInfo\":{\"name\":\"c\",\"version\":\"1\"}}}",
        "{\"jsonrpc\":\"2.0\",\"id\":1,\"method\":\"initialize\",\"params\":{\"protocolVersion\":\"2025-06-18\",\"capabilities\":{\"sampling\":true},\"clientInfo\":{\"name\":\"c\",\"version\":\"1\"}}}",
        "{\"jsonrpc\":\"2.0\",\"id\":1,\"method\":\"initialize\",\"params\":{\"protocolVersion\":\"2025-06-18\",\"capabilities\":{},\"clientInfo\":{\"name\":\"c\"}}}",
        "{\"jsonrpc\":\"2.0\",\"id\":1,\"method\":\"initialize\",\"params\":{\"protocolVersion\":\"2025-06-18\",\"capabilities\":{},\"clientInfo\":{\"name\":\"c\",\"version\":1}}}",
        "{\"jsonrpc\":\"2.0\",\"id\":1,\"method\":\"initialize\",\"params\":{\"protocolVersion\":\"2025-06-18\",\"capabilities\":{},\"clientInfo\":{\"name\":\"c\",\"version\":\"1\"},\"_meta\":{}}}",
        "{\"jsonrpc\":\"2.0\",\"id\":1,\"id\":2,\"method\":\"initialize\",\"params\":{\"protocolVersion\":\"2025-06-18\",\"capabilities\":{},\"clientInfo\":{\"name\":\"c\",\"version\":\"1\"}}}",
        "{\"jsonrpc\":\"2.0\",\"id\":1,\"method\":\"initialize\",\"params\":{\"protocolVersion\":\"2025-06-18\",\"capabilities\":{},\"clientInfo\":{\"name\":\"c\",\"version\":\"1\"}}} trailing",
        "[{\"jsonrpc\":\"2.0\",\"id\":1,\"method\":\"initialize\"}]",
        "{\"jsonrpc\":\"2.0\",\"id\":1,\"method\":\"initial",
        "{\"jsonrpc\":\"2.0\",\"id\":12345678901234567890,\"method\":\"initialize\",\"params\":{\"protocolVersion\":\"2025-06-18\",\"capabilities\":{},\"clientInfo\":{\"name\":\"c\",\"version\":\"1\"}}}",
        "not json at all"})
    void givenAFirstLineThatIsNotAPlainInitialize_whenRead_thenItIsLeftToTheSdk(String line) {
        byte[] bytes = line.getBytes(StandardCharsets.UTF_8);

        assertThat(EarlyInitialize.initialize(bytes, bytes.length)).isEmpty();
    }

    @Test
    void givenAnInitializeOnStdin_whenNoServerIsBuiltYet_thenItIsAnsweredAndTheServerBuiltLaterAnswersOnlyTheRest()
            throws Exception {
        try (Pipes pipes = new Pipes()) {
            EarlyInitialize early = EarlyInitialize.answering(pipes.serverIn(), pipes.serverOut(), NAME, VERSION);
            pipes.send(initialize("\"init\"", "2025-06-18", "{}"));

            assertThat(pipes.receive()).containsEntry("id", "init").extractingByKey("result")
                    .asInstanceOf(org.assertj.core.api.InstanceOfAssertFactories.MAP)
                    .containsEntry("protocolVersion", "2025-06-18");

            pipes.serve(early);
            pipes.send("{\"jsonrpc\":\"2.0\",\"method\":\"notifications/initialized\"}",
                    "{\"jsonrpc\":\"2.0\",\"id\":2,\"method\":\"tools/call\",\"params\":{\"name\":\"orchestrator_get_status\",\"arguments\":{}}}");

            assertThat(pipes.receive()).as("the next frame answers the call: the SDK's own initialize reply is not sent")
                    .containsEntry("id", 2).containsKey("result");
        }
    }

    @Test
    void givenAFirstLineThatIsNotAnInitialize_whenRead_thenTheTransportGetsItWholeAndAnswersIt() throws Exception {
        String longCall = "{\"jsonrpc\":\"2.0\",\"id\":\"long\",\"method\":\"tools/list\",\"params\":{\"_meta\":{\"pad\":\""
                + "x".repeat(3 * EarlyInitialize.FIRST_LINE_LIMIT) + "\"}}}";
        try (Pipes pipes = new Pipes()) {
            EarlyInitialize early = EarlyInitialize.answering(pipes.serverIn(), pipes.serverOut(), NAME, VERSION);
            pipes.serve(early);
            pipes.send(longCall, "{\"jsonrpc\":\"2.0\",\"id\":\"p\",\"method\":\"ping\"}");

            Map<String, Object> refused = pipes.receive();
            assertThat(refused).containsEntry("id", "long").containsKey("error");
            assertThat(refused.get("error").toString()).contains("before initialization");
            assertThat(pipes.receive()).containsEntry("id", "p").containsKey("result");
            pipes.send(initialize("3", "2025-06-18", "{}"));
            assertThat(pipes.receive()).containsEntry("id", 3).containsKey("result");
        }
    }

    /** The early reply for {@code line} equals, as JSON, the reply of the SDK server given it alone. */
    private static void assertSameAsSdk(String line) throws Exception {
        byte[] bytes = line.getBytes(StandardCharsets.UTF_8);
        var early = EarlyInitialize.initialize(bytes, bytes.length);
        assertThat(early).as("answered early: %s", line).isPresent();
        Map<String, Object> ours = JSON.readValue(early.get().reply(NAME, VERSION), MAP);

        Map<String, Object> sdks;
        try (Pipes pipes = new Pipes()) {
            pipes.serve(EarlyInitialize.none(pipes.serverIn()));
            pipes.send(line);
            sdks = pipes.receive();
        }
        assertThat(ours).isEqualTo(sdks);
    }

    /** A transport's two pipes, and the SDK server on it once {@link #serve} is called. */
    private static final class Pipes implements AutoCloseable {
        private final Pipe inbound = Pipe.open();
        private final Pipe outbound = Pipe.open();
        private final OutputStream toServer = Channels.newOutputStream(inbound.sink());
        private final BufferedReader fromServer = new BufferedReader(new InputStreamReader(
                Channels.newInputStream(outbound.source()), StandardCharsets.UTF_8));
        private McpSyncServer server;

        Pipes() throws IOException {
        }

        java.io.InputStream serverIn() {
            return Channels.newInputStream(inbound.source());
        }

        OutputStream serverOut() {
            return Channels.newOutputStream(outbound.sink());
        }

        void serve(EarlyInitialize stdin) {
            Orchestrator orchestrator = new InMemoryStore().orchestrator();
            StdioTransport transport = new StdioTransport(stdin, serverOut(), JSON);
            server = OrchestratorMcpServer.start(() -> orchestrator, orchestrator.roles(),
                    command -> orchestrator.restartServer(command),
                    new OrchestratorMcpServer.Settings(NAME, VERSION, "/workspace"), transport);
            CompletableFuture.runAsync(() -> transport.serve(Duration.ofSeconds(2)));
        }

        void send(String... lines) throws IOException {
            for (String line : lines) {
                toServer.write((line + "\n").getBytes(StandardCharsets.UTF_8));
            }
            toServer.flush();
        }

        Map<String, Object> receive() throws Exception {
            String line = CompletableFuture.supplyAsync(readLine()).get(5, TimeUnit.SECONDS);
            assertThat(line).as("a frame before the end of the stream").isNotNull();
            return JSON.readValue(line, MAP);
        }

        private java.util.function.Supplier<String> readLine() {
            return () -> {
                try {
                    return fromServer.readLine();
                } catch (IOException e) {
                    throw new IllegalStateException(e);
                }
            };
        }

        @Override
        public void close() throws IOException {
            toServer.close();
            if (server != null) {
                server.close();
            }
        }
    }
}

package dev.taskorchestrator.mcp.stdio;

import static org.assertj.core.api.Assertions.assertThat;

import dev.taskorchestrator.application.port.in.QueryTasksUseCase;
import dev.taskorchestrator.application.port.out.TaskFilter;
import dev.taskorchestrator.application.service.Orchestrator;
import dev.taskorchestrator.domain.role.SpecialistRole;
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
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The stdio faults the SDK's own transport has, each reproduced against ours over real pipes. */
class StdioTransportTest {

    private static final McpJsonMapper JSON = OrchestratorMcpServer.jsonMapper();
    private static final String INITIALIZE = "{\"jsonrpc\":\"2.0\",\"id\":\"init\",\"method\":\"initialize\",\"params\":"
            + "{\"protocolVersion\":\"2025-06-18\",\"capabilities\":{},\"clientInfo\":{\"name\":\"test\",\"version\":\"1\"}}}";
    private static final String INITIALIZED = "{\"jsonrpc\":\"2.0\",\"method\":\"notifications/initialized\"}";

    private OutputStream toServer;
    private BufferedReader fromServer;
    private CompletableFuture<Boolean> serving;
    private McpSyncServer server;
    private StdioTransport transport;
    private Pipe.SinkChannel serverOutput;

    @BeforeEach
    void start() throws IOException {
        startWith(StdioTransport.MAX_FRAME_CHARS);
    }

    private void startWith(int maxFrameChars) throws IOException {
        startWith(maxFrameChars, new InMemoryStore().orchestrator());
    }

    private void startWith(int maxFrameChars, Orchestrator orchestrator) throws IOException {
        startWith(maxFrameChars, () -> orchestrator, orchestrator.roles());
    }

    private void startWith(int maxFrameChars, Supplier<Orchestrator> orchestrator, List<SpecialistRole> roles)
            throws IOException {
        Pipe inbound = Pipe.open();
        Pipe outbound = Pipe.open();
        toServer = Channels.newOutputStream(inbound.sink());
        fromServer = new BufferedReader(new InputStreamReader(Channels.newInputStream(outbound.source()),
                StandardCharsets.UTF_8));
        serverOutput = outbound.sink();
        transport = new StdioTransport(EarlyInitialize.none(Channels.newInputStream(inbound.source())),
                Channels.newOutputStream(serverOutput),
                JSON, maxFrameChars);
        server = OrchestratorMcpServer.start(orchestrator, roles, command -> orchestrator.get().restartServer(command),
                new OrchestratorMcpServer.Settings("test", "1", "/workspace"), transport);
        serving = CompletableFuture.supplyAsync(() -> transport.serve(Duration.ofSeconds(2)));
    }

    @AfterEach
    void stop() throws IOException {
        toServer.close();
        server.close();
    }

    private void send(String... lines) throws IOException {
        for (String line : lines) {
            toServer.write((line + "\n").getBytes(StandardCharsets.UTF_8));
        }
        toServer.flush();
    }

    private Map<String, Object> receive() throws Exception {
        String line = CompletableFuture.supplyAsync(() -> {
            try {
                return fromServer.readLine();
            } catch (IOException e) {
                throw new IllegalStateException(e);
            }
        }).get(5, TimeUnit.SECONDS);
        assertThat(line).as("a frame before the end of the stream").isNotNull();
        return JSON.readValue(line, new TypeRef<Map<String, Object>>() {
        });
    }

    private void initialize() throws Exception {
        send(INITIALIZE);
        assertThat(receive()).containsEntry("id", "init").containsKey("result");
        send(INITIALIZED);
    }

    private static String call(int id, String tool, String arguments) {
        return "{\"jsonrpc\":\"2.0\",\"id\":" + id + ",\"method\":\"tools/call\",\"params\":{\"name\":\"" + tool
                + "\",\"arguments\":" + arguments + "}}";
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> error(Map<String, Object> frame) {
        assertThat(frame).containsKey("error").doesNotContainKey("result");
        return (Map<String, Object>) frame.get("error");
    }

    @Test
    void givenALineThatIsNotJson_whenRead_thenParseErrorWithNullIdAndTheSessionGoesOn() throws Exception {
        initialize();

        send("{\"jsonrpc\":\"2.0\",\"id\":7,\"method\":\"tools/li", call(8, "orchestrator_get_status", "{}"));

        Map<String, Object> parseError = receive();
        assertThat(parseError).containsEntry("id", null);
        assertThat(error(parseError)).containsEntry("code", -32700);
        assertThat(receive()).containsEntry("id", 8).containsKey("result");
    }

    @Test
    void givenJsonThatIsNotAJsonRpcMessage_whenRead_thenInvalidRequestWithItsIdAndTheSessionGoesOn() throws Exception {
        initialize();

        send("[1,2]", "{\"jsonrpc\":\"2.0\",\"id\":5}", "{\"jsonrpc\":\"2.0\",\"id\":6,\"method\":42}", "   ",
                call(9, "orchestrator_get_status", "{}"));

        assertThat(error(receive())).containsEntry("code", -32600);
        Map<String, Object> noMethod = receive();
        assertThat(noMethod).containsEntry("id", 5);
        assertThat(error(noMethod)).containsEntry("code", -32600);
        Map<String, Object> methodNotText = receive();
        assertThat(methodNotText).containsEntry("id", 6);
        assertThat(error(methodNotText)).containsEntry("code", -32600);
        assertThat(receive()).containsEntry("id", 9).containsKey("result");
    }

    @Test
    void givenInitializedWithoutInitialize_whenARequestFollows_thenItIsStillRefused() throws Exception {
        send(INITIALIZED, "{\"jsonrpc\":\"2.0\",\"id\":1,\"method\":\"tools/list\"}");

        assertThat(error(receive())).containsEntry("code", -32600);
    }

    @Test
    void givenMalformedParams_whenTheSdkFailsOnThem_thenInvalidParamsNamingTheProblemAndTheSessionGoesOn()
            throws Exception {
        initialize();

        send("{\"jsonrpc\":\"2.0\",\"id\":1,\"method\":\"tools/call\",\"params\":\"oops\"}",
                "{\"jsonrpc\":\"2.0\",\"id\":2,\"method\":\"tools/call\",\"params\":{\"name\":"
                        + "\"orchestrator_get_status\",\"arguments\":\"{}\"}}",
                "{\"jsonrpc\":\"2.0\",\"id\":3,\"method\":\"tools/call\",\"params\":{\"name\":"
                        + "\"orchestrator_get_status\",\"arguments\":[1]}}",
                call(4, "orchestrator_get_status", "{}"));

        List<String> said = List.of("params must be a JSON object; got a string",
                "arguments must be a JSON object of the tool's parameters", "got an array");
        for (int id = 1; id <= 3; id++) {
            Map<String, Object> frame = receive();
            assertThat(frame).containsEntry("id", id);
            assertThat(error(frame)).containsEntry("code", -32602);
            assertThat((String) error(frame).get("message")).contains(said.get(id - 1));
            assertThat(String.valueOf(error(frame))).doesNotContain("Exception", "jackson", "java.", "\tat ");
        }
        assertThat(receive()).containsEntry("id", 4).containsKey("result");
    }

    @Test
    void givenAnInitializeTheSdkCannotRead_whenSent_thenInvalidParamsAndAProperInitializeStillWorks()
            throws Exception {
        send("{\"jsonrpc\":\"2.0\",\"id\":0,\"method\":\"initialize\",\"params\":[\"not\",\"an\",\"object\"]}");

        Map<String, Object> refused = receive();
        assertThat((Integer) error(refused).get("code")).isIn(-32602, -32603);
        assertThat((String) error(refused).get("message")).doesNotContain("jackson", "Exception");
        initialize();
        send(call(1, "orchestrator_get_status", "{}"));
        assertThat(receive()).containsEntry("id", 1).containsKey("result");
    }

    @Test
    void givenRequestsQueuedBehindASlowCall_whenStopped_thenTheRunningOneFinishesAndTheQueuedAreAnsweredNotRun()
            throws Exception {
        stop();
        CountDownLatch release = new CountDownLatch(1);
        Orchestrator core = new InMemoryStore().orchestrator();
        startWith(StdioTransport.MAX_FRAME_CHARS, () -> {
            // Waits out interrupts too: a pooled thread may carry one from an earlier, cancelled task.
            while (release.getCount() > 0) {
                try {
                    release.await();
                } catch (InterruptedException ignored) {
                    Thread.interrupted();
                }
            }
            return core;
        }, core.roles());
        initialize();
        send(call(1, "orchestrator_get_status", "{}"), call(2, "orchestrator_get_status", "{}"),
                call(3, "orchestrator_plan_task", "{\"title\":\"Never run\"}"));
        Thread.sleep(200);

        CompletableFuture<Boolean> stopped = CompletableFuture.supplyAsync(() -> transport.stop(Duration.ofMillis(300)));
        Thread.sleep(500);
        release.countDown();

        assertThat(stopped.get(5, TimeUnit.SECONDS)).as("the drain ran out while call 1 was blocked").isFalse();
        Map<Object, Map<String, Object>> byId = new java.util.HashMap<>();
        for (int i = 0; i < 3; i++) {
            Map<String, Object> frame = receive();
            byId.put(frame.get("id"), frame);
        }
        assertThat(byId.get(1)).as(byId.toString()).containsKey("result");
        assertThat(error(byId.get(2))).as(byId.toString()).containsEntry("code", StdioTransport.SHUTTING_DOWN);
        assertThat(error(byId.get(3))).as(byId.toString()).containsEntry("code", StdioTransport.SHUTTING_DOWN);
        assertThat(core.queryTasks(QueryTasksUseCase.Query.of(TaskFilter.any())).tasks()).as("not run").isEmpty();
    }

    @Test
    void givenRequestsBeforeInitialization_whenSent_thenAnsweredAtOnceNeverLeftWaiting() throws Exception {
        send("{\"jsonrpc\":\"2.0\",\"id\":1,\"method\":\"tools/list\"}", "{\"jsonrpc\":\"2.0\",\"id\":2,\"method\":\"ping\"}");

        Map<String, Object> refused = receive();
        assertThat(refused).containsEntry("id", 1);
        assertThat(error(refused)).containsEntry("code", -32600);
        assertThat((String) error(refused).get("message")).contains("tools/list", "initialize");
        assertThat(receive()).containsEntry("id", 2).containsEntry("result", Map.of());

        send(INITIALIZE);
        assertThat(receive()).containsEntry("id", "init").containsKey("result");
        send("{\"jsonrpc\":\"2.0\",\"id\":3,\"method\":\"tools/list\"}");
        assertThat(error(receive())).as("initialize alone is not enough").containsEntry("code", -32600);
        send(INITIALIZED, "{\"jsonrpc\":\"2.0\",\"id\":4,\"method\":\"tools/list\"}");
        assertThat(receive()).containsEntry("id", 4).containsKey("result");
    }

    @Test
    void givenCallsStillDue_whenStdinCloses_thenEveryResponseIsWrittenInOrderAndServeReturns() throws Exception {
        initialize();
        List<String> calls = new ArrayList<>();
        for (int i = 0; i < 30; i++) {
            calls.add(call(100 + i, "orchestrator_plan_task", "{\"title\":\"Task " + i + "\"}"));
        }

        send(calls.toArray(String[]::new));
        toServer.close();

        assertThat(serving.get(5, TimeUnit.SECONDS)).as("every call answered before returning").isTrue();
        for (int i = 0; i < 30; i++) {
            assertThat(receive()).containsEntry("id", 100 + i).containsKey("result");
        }
    }

    @Test
    void givenAFrameLongerThanTheLimit_whenRead_thenRefusedWithoutBufferingItAndTheSessionGoesOn() throws Exception {
        stop();
        startWith(1_000);
        initialize();

        send(call(1, "orchestrator_plan_task", "{\"title\":\"" + "x".repeat(2_000) + "\"}"),
                call(2, "orchestrator_get_status", "{}"));

        // The refusal and the next call's answer are written by different threads: either may come first.
        List<Map<String, Object>> frames = List.of(receive(), receive());
        assertThat(frames).filteredOn(frame -> frame.containsKey("error")).singleElement()
                .satisfies(frame -> assertThat((String) error(frame).get("message")).contains("at most 1000 characters"));
        assertThat(frames).filteredOn(frame -> Integer.valueOf(2).equals(frame.get("id"))).singleElement()
                .satisfies(frame -> assertThat(frame).containsKey("result"));
    }

    @Test
    void givenAStop_whenAnotherLineArrives_thenItIsNotTakenAndServingEnds() throws Exception {
        initialize();
        send(call(1, "orchestrator_get_status", "{}"));
        assertThat(receive()).containsEntry("id", 1);

        assertThat(transport.stop(Duration.ofSeconds(2))).as("nothing was in flight").isTrue();
        send(call(2, "orchestrator_plan_task", "{\"title\":\"After the stop\"}"));

        assertThat(serving.get(5, TimeUnit.SECONDS)).isTrue();
        serverOutput.close();
        assertThat(fromServer.readLine()).as("no answer to a line read after the stop").isNull();
    }
}

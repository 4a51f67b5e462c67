package dev.taskorchestrator.cli.mcp;

import static dev.taskorchestrator.cli.mcp.McpJar.map;
import static dev.taskorchestrator.cli.mcp.McpJar.ok;
import static org.assertj.core.api.Assertions.assertThat;

import io.modelcontextprotocol.client.McpSyncClient;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * {@code serve --http} on the real jar, driven by the SDK's own Streamable HTTP client: the
 * agent's flow over HTTP, the token, Host and Origin checks, the refused start, {@code /healthz},
 * and a stop on SIGTERM that keeps every acknowledged write.
 */
class HttpServeIT {

    private static final String TOKEN = "it-token-0123456789abcdef";
    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    private final List<Process> servers = new ArrayList<>();

    @AfterEach
    void stopServers() {
        servers.forEach(Process::destroyForcibly);
    }

    private String serve(Path workspace, Map<String, String> environment, String... extra) throws Exception {
        HttpJar.Server server = HttpJar.serve(workspace, environment, List.of(extra));
        servers.add(server.process());
        return server.base();
    }

    private static McpSyncClient client(String base, String token) {
        return HttpJar.client(base, token, "http-it");
    }

    private static HttpResponse<String> post(String base, Map<String, String> headers) throws Exception {
        return post(base, "{\"jsonrpc\":\"2.0\",\"id\":1,\"method\":\"initialize\","
                + "\"params\":{\"protocolVersion\":\"2025-06-18\",\"capabilities\":{},"
                + "\"clientInfo\":{\"name\":\"raw\",\"version\":\"1\"}}}", headers);
    }

    private static HttpResponse<String> post(String base, String body, Map<String, String> headers) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base + "/mcp"))
                .header("Content-Type", "application/json")
                .header("Accept", "application/json, text/event-stream")
                .POST(HttpRequest.BodyPublishers.ofString(body));
        headers.forEach(request::header);
        return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    @Test
    void givenATokenedServer_whenAnAgentWorksThroughAPlanOverHttp_thenEveryStepWorksAndStrangersAreKeptOut()
            throws Exception {
        Path workspace = Files.createTempDirectory("http-flow");
        String base = serve(workspace, Map.of("ORCHESTRATOR_TOKEN", TOKEN));
        McpSyncClient agent = client(base, TOKEN);
        try {
            ok(agent, "orchestrator_initialize_session", Map.of());
            Map<String, Object> plan = ok(agent, "orchestrator_plan_task", Map.of("title", "Ship it", "subtasks",
                    List.of(Map.of("key", "a", "title", "Design"), Map.of("key", "b", "title", "Build",
                            "dependencies", List.of("a")))));
            String design = (String) map(plan.get("keys")).get("a");
            Map<String, Object> next = ok(agent, "orchestrator_next_task", Map.of("claim", true));
            assertThat(map(next.get("task"))).containsEntry("task_id", design);
            ok(agent, "orchestrator_complete_task", Map.of("task_id", design, "summary", "designed",
                    "detailed_work", "the design"));
            assertThat(ok(agent, "orchestrator_get_status", Map.of()).toString()).contains("completed=1");
            assertThat(ok(agent, "orchestrator_shutdown_prepare", Map.of()).toString()).contains("streamable-http");
            assertThat(ok(agent, "orchestrator_reconnect_test", Map.of())).containsKey("overall_status");
        } finally {
            agent.closeGracefully();
        }

        HttpResponse<String> noToken = post(base, Map.of());
        assertThat(noToken.statusCode()).isEqualTo(401);
        assertThat(noToken.headers().firstValue("WWW-Authenticate")).hasValueSatisfying(value ->
                assertThat(value).startsWith("Bearer"));
        assertThat(post(base, Map.of("Authorization", "Bearer not-the-token-at-all")).statusCode()).isEqualTo(401);
        for (String method : List.of("GET", "DELETE", "OPTIONS")) {
            assertThat(HTTP.send(HttpRequest.newBuilder(URI.create(base + "/mcp")).method(method,
                    HttpRequest.BodyPublishers.noBody()).build(), HttpResponse.BodyHandlers.discarding()).statusCode())
                    .as(method + " without the token").isEqualTo(401);
        }
        assertThat(HTTP.send(HttpRequest.newBuilder(URI.create(base + "/mcp/")).build(),
                HttpResponse.BodyHandlers.discarding()).statusCode()).as("no other path reaches the endpoint")
                .isEqualTo(404);
        assertThat(post(base, Map.of("Authorization", "Bearer " + TOKEN, "Origin", "http://evil.example.com"))
                .statusCode()).isEqualTo(403);
        assertThat(post(base, Map.of("Authorization", "Bearer " + TOKEN)).statusCode()).isEqualTo(200);
        HttpResponse<String> health = HTTP.send(HttpRequest.newBuilder(URI.create(base + "/healthz")).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(health.statusCode()).isEqualTo(200);
        assertThat(health.body()).isEqualTo("{\"healthy\":true,\"failed\":[]}");

        assertThat(board(base + "/board/", Map.of()).statusCode()).as("the board without the token").isEqualTo(401);
        assertThat(board(base + "/board/", Map.of("Cookie", "orchestrator_board=not-the-token-at-all")).statusCode())
                .isEqualTo(401);
        HttpResponse<String> proven = board(base + "/board/?token=" + TOKEN, Map.of());
        assertThat(proven.statusCode()).as("the token given once").isEqualTo(303);
        assertThat(proven.headers().firstValue("Location")).hasValue("/board/");
        String cookie = proven.headers().firstValue("Set-Cookie").orElseThrow();
        assertThat(cookie).startsWith("orchestrator_board=").doesNotContain(TOKEN).contains("HttpOnly")
                .containsIgnoringCase("SameSite=Lax").contains("Path=/board");
        assertThat(board(base + "/board/status?q=Build&token=" + TOKEN, Map.of()).headers().firstValue("Location"))
                .as("the token leaves the address, the rest stays").hasValue("/board/status?q=Build");
        HttpResponse<String> page = board(base + "/board/status", Map.of("Cookie", cookie.split(";")[0]));
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).contains("Ship it", "Design", "st-completed", "Build");
        assertThat(page.headers().firstValue("Content-Security-Policy")).hasValueSatisfying(policy ->
                assertThat(policy).contains("script-src 'self'"));
        assertThat(board(base + "/board/", Map.of("Authorization", "Bearer " + TOKEN)).statusCode()).isEqualTo(200);
    }

    private static HttpResponse<String> board(String url, Map<String, String> headers) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(url));
        headers.forEach(request::header);
        return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    @Test
    void givenAnMcpSessionLeftUnused_whenItsIdleTimeHasPassed_thenTheServerHasForgottenItAndANewOneWorks()
            throws Exception {
        Path workspace = Files.createTempDirectory("http-idle");
        // 3 s, not less: on a loaded machine the first ping may come a second or more after the opening.
        String base = serve(workspace, Map.of("ORCHESTRATOR_SESSION_IDLE", "PT3S"));
        HttpResponse<String> opened = post(base, Map.of());
        String session = opened.headers().firstValue("Mcp-Session-Id").orElseThrow();
        String ping = "{\"jsonrpc\":\"2.0\",\"id\":2,\"method\":\"ping\"}";
        assertThat(post(base, ping, Map.of("Mcp-Session-Id", session)).statusCode()).as("a session in use")
                .isEqualTo(200);

        // Idle for longer than the idle time plus one sweep (the sweeper runs every idle time).
        Thread.sleep(7_500);

        HttpResponse<String> stale = post(base, ping, Map.of("Mcp-Session-Id", session));
        assertThat(stale.statusCode()).as("a forgotten session").isEqualTo(404);
        McpSyncClient fresh = client(base, "unused-because-loopback");
        try {
            assertThat(ok(fresh, "orchestrator_get_status", Map.of())).containsKey("counts");
        } finally {
            fresh.closeGracefully();
        }
    }

    @Test
    void givenAForeignHostHeader_whenSent_thenRefusedAsDnsRebindingWould() throws Exception {
        Path workspace = Files.createTempDirectory("http-host");
        String base = serve(workspace, Map.of());
        int port = URI.create(base).getPort();

        // java.net.http will not send a Host of our choosing; a raw socket will.
        try (var socket = new java.net.Socket("127.0.0.1", port)) {
            String body = "{\"jsonrpc\":\"2.0\",\"id\":1,\"method\":\"ping\"}";
            socket.getOutputStream().write(("POST /mcp HTTP/1.1\r\nHost: evil.example.com\r\n"
                    + "Content-Type: application/json\r\nAccept: application/json, text/event-stream\r\n"
                    + "Content-Length: " + body.length() + "\r\nConnection: close\r\n\r\n" + body)
                    .getBytes(StandardCharsets.US_ASCII));
            String status = new BufferedReader(new InputStreamReader(socket.getInputStream(), StandardCharsets.US_ASCII))
                    .readLine();
            assertThat(status).matches("HTTP/1.1 (403|421) .*");
        }
        try (var socket = new java.net.Socket("127.0.0.1", port)) {
            socket.getOutputStream().write(("GET /board/ HTTP/1.1\r\nHost: evil.example.com\r\nConnection: close\r\n\r\n")
                    .getBytes(StandardCharsets.US_ASCII));
            String status = new BufferedReader(new InputStreamReader(socket.getInputStream(), StandardCharsets.US_ASCII))
                    .readLine();
            assertThat(status).as("the board, too").startsWith("HTTP/1.1 403");
        }
    }

    @Test
    void givenNoToken_whenAskedToListenBeyondLoopback_thenTheStartIsRefusedSayingHowToSetOne() throws Exception {
        Path workspace = Files.createTempDirectory("http-refused");
        Path log = workspace.resolve("serve.log");
        Process refused = new ProcessBuilder(McpJar.java(), "-jar", McpJar.JAR.toString(), "serve", "--http",
                "0.0.0.0:0", "--workspace", workspace.toString()).redirectOutput(ProcessBuilder.Redirect.DISCARD)
                .redirectError(log.toFile()).start();
        servers.add(refused);

        assertThat(refused.waitFor(30, TimeUnit.SECONDS)).as("a refused start ends").isTrue();
        String stderr = Files.readString(log);
        assertThat(refused.exitValue()).isEqualTo(1);
        assertThat(stderr).contains("refusing to listen on 0.0.0.0 without a token").contains("ORCHESTRATOR_TOKEN")
                .doesNotContain("Exception");
    }

    @Test
    @SuppressWarnings("unchecked")
    void givenAServerMidBurst_whenSigtermed_thenItExitsZeroAndEveryAcknowledgedPlanIsKept() throws Exception {
        Path workspace = Files.createTempDirectory("http-stop");
        String base = serve(workspace, Map.of());
        McpSyncClient agent = client(base, "unused-because-loopback");
        List<String> acknowledged = java.util.Collections.synchronizedList(new ArrayList<>());
        Thread burst = new Thread(() -> {
            try {
                for (int i = 0; ; i++) {
                    acknowledged.add((String) ok(agent, "orchestrator_plan_task", Map.of("title", "Plan " + i))
                            .get("task_id"));
                }
            } catch (Throwable stopped) {
                // the server stopped under the burst: what it acknowledged before is what must be kept
            }
        });
        burst.start();
        long waitUntil = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
        while (acknowledged.size() < 20 && System.nanoTime() < waitUntil && burst.isAlive()) {
            Thread.sleep(10);
        }
        assertThat(acknowledged).as("plans acknowledged before the signal").hasSizeGreaterThanOrEqualTo(20);
        Process server = servers.get(0);

        server.destroy();

        assertThat(server.waitFor(15, TimeUnit.SECONDS)).isTrue();
        assertThat(server.exitValue()).isZero();
        burst.join(30_000);
        String again = serve(workspace, Map.of());
        McpSyncClient after = client(again, "unused-because-loopback");
        try {
            List<Map<String, Object>> kept = (List<Map<String, Object>>) ok(after, "orchestrator_query_tasks",
                    Map.of("limit", 500)).get("tasks");
            assertThat(kept).extracting(row -> (String) row.get("task_id")).containsAll(List.copyOf(acknowledged));
            assertThat(kept.size()).as("at most the one call in flight beyond those acknowledged")
                    .isLessThanOrEqualTo(acknowledged.size() + 1);
        } finally {
            after.closeGracefully();
        }
    }
}

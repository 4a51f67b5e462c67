package dev.taskorchestrator.board;

import static org.assertj.core.api.Assertions.assertThat;

import dev.taskorchestrator.application.port.in.PlanTaskUseCase;
import dev.taskorchestrator.application.port.in.PlannedTask;
import dev.taskorchestrator.application.port.in.UpdateTaskUseCase;
import dev.taskorchestrator.application.service.Orchestrator;
import dev.taskorchestrator.domain.common.Actor;
import dev.taskorchestrator.domain.task.TaskId;
import dev.taskorchestrator.domain.task.TaskStatus;
import dev.taskorchestrator.testkit.memory.InMemoryStore;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.zip.GZIPInputStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The board served by a real Jetty over an in-memory store, read as a browser reads it, byte for byte. */
class BoardServerTest {

    private static final Actor AGENT = Actor.agent("agent-7");
    static final String SCRIPTED = "<img src=x onerror=alert(1)> \"quoted\" & 'single'";

    private final HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();
    private Orchestrator core;
    private BoardServer server;
    private PlanTaskUseCase.Result planned;

    @BeforeEach
    void aPlanOnTheBoard() {
        core = new InMemoryStore().orchestrator();
        planned = core.planTask(PlanTaskUseCase.Command.of(PlannedTask.titled("Ship v1").withKey("root")
                .withDescription("Everything for **v1**.\n\n<script>alert(2)</script>\n\n[click](javascript:alert)"
                        + " [data](data:text/html;base64,PHNjcmlwdD4=) [docs](https://example.com/docs)")
                .withSubtasks(List.of(
                        PlannedTask.titled("Design").withKey("design").withSpecialist("architect"),
                        PlannedTask.titled("Build").withKey("build").withSpecialist("implementer")
                                .withDependencies(List.of("design")),
                        PlannedTask.titled(SCRIPTED).withKey("odd").withSpecialist("tester")
                                .withDependencies(List.of("build")))), AGENT));
        server = BoardServer.start(() -> core, 0);
    }

    @AfterEach
    void stop() {
        server.close();
    }

    private TaskId key(String key) {
        return planned.keys().get(key);
    }

    private HttpResponse<String> get(String path, String... headers) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + server.port() + path))
                .timeout(Duration.ofSeconds(10));
        if (headers.length > 0) {
            request.headers(headers);
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    @Test
    void givenAPlan_whenThePlansPageIsRead_thenEveryTitleAndStatusIsThereAndTheScriptedTitleIsText() throws Exception {
        HttpResponse<String> page = get("/board/");

        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).contains("Ship v1", "Design", "Build", "st-pending\">pending", "st-ready\">ready")
                .contains("&lt;img src=x onerror=alert(1)&gt; &quot;quoted&quot; &amp; &#39;single&#39;")
                .doesNotContain("<img").doesNotContain("onerror=alert(1)>");
        assertThat(page.headers().firstValue("Content-Security-Policy")).hasValue(BoardAccess.POLICY);
        assertThat(page.headers().firstValue("X-Content-Type-Options")).hasValue("nosniff");
        assertThat(page.headers().firstValue("Cache-Control")).hasValue("no-store");
    }

    @Test
    void givenEveryView_whenRead_thenEachAnswersWithItsContentAndNoScriptOfTheStoreRuns() throws Exception {
        String status = get("/board/status").body();
        String graphs = get("/board/graph").body();
        String graph = get(Paths.graph(key("root"))).body();
        String task = get(Paths.task(key("root"))).body();
        String odd = get(Paths.task(key("odd"))).body();

        assertThat(status).contains("aria-label=\"pending\"", "waits on", "<select name=\"specialist\">");
        assertThat(graphs).contains("Ship v1", "3 tasks");
        assertThat(graph).contains("<svg", "class=\"node st-pending ready crit\"", "class=\"edge crit\"")
                .contains("critical path 3 tasks");
        assertThat(task).contains("<strong>v1</strong>", "&lt;script&gt;alert(2)&lt;/script&gt;")
                .doesNotContain("<script>alert").doesNotContain("href=\"javascript").doesNotContain("href=\"data:")
                .contains("href=\"https://example.com/docs\"");
        assertThat(odd).contains("<h1>&lt;img src=x").doesNotContain("<img").contains("Prompt for its role");
    }

    @Test
    void givenFilters_whenTheStatusBoardIsRead_thenOnlyTasksMatchingEveryFilterShow() throws Exception {
        String bySpecialist = get("/board/status?specialist=architect").body();
        String byText = get("/board/status?q=build").body();

        assertThat(bySpecialist).contains("class=\"title\">Design</a>").doesNotContain("class=\"title\">Build</a>")
                .contains("1 of 4 tasks");
        assertThat(byText).contains("class=\"title\">Build</a>").doesNotContain("class=\"title\">Design</a>");
    }

    @Test
    void givenAMissingTaskOrPage_whenRead_thenNotFoundWithASentenceAndNoTrace() throws Exception {
        HttpResponse<String> missing = get("/board/task/task_000000000000");
        HttpResponse<String> malformed = get("/board/task/nope%3Cb%3E");
        HttpResponse<String> page = get("/board/nowhere");

        assertThat(missing.statusCode()).isEqualTo(404);
        assertThat(malformed.statusCode()).isEqualTo(404);
        assertThat(malformed.body()).contains("nope&lt;b&gt;").doesNotContain("<b>").doesNotContain("Exception");
        assertThat(page.statusCode()).isEqualTo(404);
    }

    @Test
    void givenAWrite_whenAskedOtherThanGetOrHead_thenRefusedAndNothingChanges() throws Exception {
        HttpResponse<String> post = http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + server.port()
                + "/board/")).POST(HttpRequest.BodyPublishers.ofString("x")).build(), HttpResponse.BodyHandlers.ofString());

        assertThat(post.statusCode()).isEqualTo(405);
    }

    @Test
    void givenOtherMethods_whenAsked_thenOnlyGetAndHeadAreAnswered() throws Exception {
        for (String method : List.of("OPTIONS", "TRACE", "PUT", "DELETE")) {
            HttpResponse<String> refused = http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:"
                    + server.port() + "/board/")).method(method, HttpRequest.BodyPublishers.noBody()).build(),
                    HttpResponse.BodyHandlers.ofString());
            assertThat(refused.statusCode()).as(method).isEqualTo(405);
        }
        HttpResponse<Void> head = http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + server.port()
                + "/board/events")).method("HEAD", HttpRequest.BodyPublishers.noBody()).timeout(Duration.ofSeconds(3))
                .build(), HttpResponse.BodyHandlers.discarding());
        assertThat(head.statusCode()).as("a HEAD of the stream ends at once").isEqualTo(200);
        assertThat(get("/board").statusCode()).isEqualTo(302);
    }

    @Test
    void givenARequestAnotherSitesPageMakes_whenItIsNotANavigation_thenForbidden() throws Exception {
        assertThat(get("/board/events", "Sec-Fetch-Site", "cross-site", "Sec-Fetch-Mode", "cors").statusCode())
                .isEqualTo(403);
        assertThat(get("/board/", "Sec-Fetch-Site", "cross-site", "Sec-Fetch-Mode", "no-cors").statusCode())
                .isEqualTo(403);
        assertThat(get("/board/", "Origin", "http://evil.example").statusCode()).isEqualTo(403);
        assertThat(get("/board/", "Sec-Fetch-Site", "cross-site", "Sec-Fetch-Mode", "navigate").statusCode())
                .as("a link followed from elsewhere").isEqualTo(200);
        assertThat(get("/board/", "Sec-Fetch-Site", "same-origin", "Sec-Fetch-Mode", "cors").statusCode())
                .isEqualTo(200);
        assertThat(get("/board/", "Origin", "http://127.0.0.1:" + server.port()).statusCode()).isEqualTo(200);
    }

    @Test
    void givenAForeignHostHeader_whenAPageIsAsked_thenForbidden() throws IOException {
        assertThat(rawStatus("evil.example")).isEqualTo(403);
        assertThat(rawStatus("localhost:" + server.port())).isEqualTo(200);
    }

    private int rawStatus(String host) throws IOException {
        try (Socket socket = new Socket("127.0.0.1", server.port())) {
            OutputStream out = socket.getOutputStream();
            out.write(("GET /board/ HTTP/1.1\r\nHost: " + host + "\r\nConnection: close\r\n\r\n")
                    .getBytes(StandardCharsets.US_ASCII));
            out.flush();
            String statusLine = new BufferedReader(new InputStreamReader(socket.getInputStream(), StandardCharsets.US_ASCII))
                    .readLine();
            return Integer.parseInt(statusLine.split(" ")[1]);
        }
    }

    @Test
    void givenABrowserThatTakesGzip_whenAPageIsRead_thenItComesCompressed() throws Exception {
        HttpResponse<InputStream> page = http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + server.port()
                + "/board/status")).header("Accept-Encoding", "gzip").build(), HttpResponse.BodyHandlers.ofInputStream());

        assertThat(page.headers().firstValue("Content-Encoding")).hasValue("gzip");
        try (InputStream body = new GZIPInputStream(page.body())) {
            assertThat(new String(body.readAllBytes(), StandardCharsets.UTF_8)).contains("By status", "Design");
        }
    }

    @Test
    void givenAnOpenEventStream_whenATaskChanges_thenAChangeEventArrivesNamingIt() throws Exception {
        String page = get("/board/").body();
        String feed = page.replaceAll("(?s).*data-feed=\"([^\"]*)\".*", "$1").replace("&amp;", "&");
        HttpResponse<InputStream> stream = http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:"
                + server.port() + feed)).build(), HttpResponse.BodyHandlers.ofInputStream());
        assertThat(stream.headers().firstValue("Content-Type")).hasValueSatisfying(type ->
                assertThat(type).startsWith("text/event-stream"));
        BufferedReader events = new BufferedReader(new InputStreamReader(stream.body(), StandardCharsets.UTF_8));
        CompletableFuture<String> change = CompletableFuture.supplyAsync(() -> {
            try {
                StringBuilder seen = new StringBuilder();
                for (String line = events.readLine(); line != null; line = events.readLine()) {
                    seen.append(line).append('\n');
                    if (line.startsWith("data:")) {
                        return seen.toString();
                    }
                }
                return seen.toString();
            } catch (IOException closed) {
                return "closed: " + closed.getMessage();
            }
        });

        core.updateTask(UpdateTaskUseCase.Command.movingTo(key("design"), TaskStatus.IN_PROGRESS, AGENT));

        assertThat(change.get(5, TimeUnit.SECONDS)).contains("event: change").contains(key("design").value());
        stream.body().close();
    }
}

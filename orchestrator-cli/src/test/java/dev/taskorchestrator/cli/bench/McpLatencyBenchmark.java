package dev.taskorchestrator.cli.bench;

import io.modelcontextprotocol.json.McpJsonDefaults;
import io.modelcontextprotocol.json.McpJsonMapper;
import io.modelcontextprotocol.json.TypeRef;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.function.Consumer;
import java.util.function.IntFunction;

/**
 * Latency of the MCP server as a client sees it: each figure is the time from writing a
 * {@code tools/call} line to the jar's stdin to reading its response line from stdout, so it
 * includes JSON on both sides, the transport, the SDK, the use case and SQLite. A program that
 * prints figures, not a test: {@code benchmarks/mcp-latency.sh}.
 */
public final class McpLatencyBenchmark {

    private static final McpJsonMapper JSON = McpJsonDefaults.getMapper();
    private static final TypeRef<Map<String, Object>> FRAME = new TypeRef<>() {
    };
    private static final int PLAN_SIZE = 1_000;

    private final Process process;
    private final OutputStream stdin;
    private final BufferedReader stdout;
    private int nextId;

    private McpLatencyBenchmark(Process process) {
        this.process = process;
        this.stdin = process.getOutputStream();
        this.stdout = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8));
    }

    public static void main(String[] args) throws Exception {
        Path jar = Path.of(args.length > 0 ? args[0] : "orchestrator-cli/target/orchestrator.jar").toAbsolutePath();
        Path launcher = Path.of(args.length > 1 ? args[1] : "orchestrator").toAbsolutePath();
        int warm = Integer.getInteger("calls", 2_000);
        Path workspace = Files.createTempDirectory("mcp-latency");
        System.out.printf(Locale.ROOT, "jar %s, workspace in %s, %d calls per figure%n", jar.getFileName(),
                workspace.getParent(), warm);
        List<String> plainJar = List.of(java(), "-jar", jar.toString());
        List<String> viaLauncher = List.of(launcher.toString());

        startupTimes("java -jar", plainJar, workspace, "new workspace");
        startupTimes("./orchestrator", viaLauncher, workspace, "empty database");
        McpLatencyBenchmark server = start(plainJar, workspace);
        server.initialize();
        List<String> ids = new ArrayList<>();
        ids.addAll(server.plan(PLAN_SIZE, 0));
        server.measureAll("1,000 tasks", ids, warm);
        for (int plan = 1; plan < 100; plan++) {
            ids.addAll(server.plan(PLAN_SIZE, plan));
        }
        server.measureAll("100,000 tasks", ids, warm);
        server.stdin.close();
        server.process.waitFor();
        startupTimes("java -jar", plainJar, workspace, "database of 100,000+ tasks");
        startupTimes("./orchestrator", viaLauncher, workspace, "database of 100,000+ tasks");
    }

    private static McpLatencyBenchmark start(List<String> command, Path workspace) throws IOException {
        List<String> serve = new ArrayList<>(command);
        serve.addAll(List.of("serve", "--workspace", workspace.toString()));
        Process process = new ProcessBuilder(serve).redirectError(ProcessBuilder.Redirect.DISCARD).start();
        return new McpLatencyBenchmark(process);
    }

    private static String java() {
        return Path.of(System.getProperty("java.home"), "bin", "java").toString();
    }

    /** Spawn to the {@code initialize} reply, five fresh processes on the workspace as it is now. */
    private static void startupTimes(String how, List<String> command, Path workspace, String state) throws Exception {
        long[] nanos = new long[5];
        for (int i = 0; i < nanos.length; i++) {
            long start = System.nanoTime();
            McpLatencyBenchmark server = start(command, workspace);
            server.initializeRequest();
            nanos[i] = System.nanoTime() - start;
            server.stdin.close();
            server.process.waitFor();
        }
        Arrays.sort(nanos);
        System.out.printf(Locale.ROOT, "spawn to initialize reply, %-14s (%s)  median %7.1f ms   max %7.1f ms   "
                + "(5 starts)%n", how, state,
                nanos[2] / 1e6, nanos[4] / 1e6);
    }

    private void initialize() throws IOException {
        initializeRequest();
        send("{\"jsonrpc\":\"2.0\",\"method\":\"notifications/initialized\"}");
        call("orchestrator_initialize_session", "{}");
    }

    private void initializeRequest() throws IOException {
        request("initialize", "{\"protocolVersion\":\"2025-06-18\",\"capabilities\":{},"
                + "\"clientInfo\":{\"name\":\"latency\",\"version\":\"1\"}}");
    }

    /** One plan: a root and {@code size - 1} subtasks with mixed roles and priorities. */
    @SuppressWarnings("unchecked")
    private List<String> plan(int size, int number) throws IOException {
        String[] roles = {"implementer", "tester", "reviewer", "documenter", "architect"};
        String[] priorities = {"low", "medium", "high", "critical"};
        List<String> subtasks = new ArrayList<>();
        for (int i = 1; i < size; i++) {
            subtasks.add("{\"key\":\"k" + i + "\",\"title\":\"Part " + i + " of plan " + number
                    + "\",\"description\":\"Implement and test this part of the service.\",\"specialist_type\":\""
                    + roles[i % roles.length] + "\",\"priority\":\"" + priorities[i % priorities.length] + "\"}");
        }
        Map<String, Object> reply = call("orchestrator_plan_task", "{\"title\":\"Plan " + number + "\",\"subtasks\":["
                + String.join(",", subtasks) + "]}");
        Map<String, Object> structured = (Map<String, Object>) reply.get("structuredContent");
        List<String> ids = new ArrayList<>(((Map<String, String>) structured.get("keys")).values());
        ids.add((String) structured.get("task_id"));
        return ids;
    }

    @SuppressWarnings("unchecked")
    private void measureAll(String label, List<String> ids, int calls) throws IOException {
        Random random = new Random(42);
        String parent = ids.get(ids.size() - 1);
        measure(label, "resources/read one task (full)", calls, i -> "{\"jsonrpc\":\"2.0\",\"id\":" + (++nextId)
                + ",\"method\":\"resources/read\",\"params\":{\"uri\":\"orchestrator://tasks/"
                + ids.get(random.nextInt(ids.size())) + "\"}}");
        measure(label, "query_tasks, one task", calls, i -> callLine("orchestrator_query_tasks",
                "{\"parent_task_id\":\"" + parent + "\",\"limit\":1}"));
        measure(label, "query_tasks, page of 50 (first, with total)", calls / 4, i -> callLine(
                "orchestrator_query_tasks", "{\"status\":[\"pending\"],\"specialist_type\":[\"tester\"],\"limit\":50}"));
        Map<String, Object> first = (Map<String, Object>) call("orchestrator_query_tasks", "{\"limit\":50}")
                .get("structuredContent");
        String cursor = (String) first.get("next_cursor");
        measure(label, "query_tasks, page of 50 (next, by cursor)", calls, i -> callLine("orchestrator_query_tasks",
                "{\"limit\":50,\"cursor\":\"" + cursor + "\"}"));
        measure(label, "next_task, find (no claim)", calls, i -> callLine("orchestrator_next_task", "{}"));
        // Each claim takes a new ready task and each complete hands one of them in: as an agent's loop does.
        List<String> claimed = new ArrayList<>();
        measure(label, "next_task, claim: true", calls / 4, i -> callLine("orchestrator_next_task",
                "{\"claim\":true}"), reply -> claimed.add(claimedTask(reply)));
        Iterator<String> toComplete = claimed.iterator();
        measure(label, "complete_task of a claimed task", calls / 4, i -> callLine("orchestrator_complete_task",
                "{\"task_id\":\"" + toComplete.next() + "\",\"summary\":\"Done.\",\"detailed_work\":\"The part is "
                + "implemented and tested.\"}"));
        measure(label, "plan_task, 1 task", calls / 4, i -> callLine("orchestrator_plan_task",
                "{\"title\":\"Small task " + i + "\"}"));
        measure(label, "plan_task, 10 tasks", calls / 10, i -> callLine("orchestrator_plan_task",
                "{\"title\":\"Plan " + i + "\",\"subtasks\":[" + String.join(",", java.util.Collections.nCopies(9,
                        "{\"title\":\"Part\"}")) + "]}"));
    }

    private void measure(String label, String what, int calls, IntFunction<String> line) throws IOException {
        measure(label, what, calls, line, reply -> { });
    }

    /** Times {@code calls} round trips after a warm-up; each reply goes to {@code replies}, outside the timing. */
    private void measure(String label, String what, int calls, IntFunction<String> line, Consumer<String> replies)
            throws IOException {
        for (int i = 0; i < Math.max(50, calls / 4); i++) {
            replies.accept(roundTrip(line.apply(i)));
        }
        long[] nanos = new long[calls];
        for (int i = 0; i < calls; i++) {
            String request = line.apply(i);
            long start = System.nanoTime();
            String reply = roundTrip(request);
            nanos[i] = System.nanoTime() - start;
            replies.accept(reply);
        }
        Arrays.sort(nanos);
        System.out.printf(Locale.ROOT, "%-14s %-44s median %7.3f ms   p99 %7.3f ms   (%d calls)%n", label, what,
                nanos[calls / 2] / 1e6, nanos[(int) (calls * 0.99)] / 1e6, calls);
    }

    @SuppressWarnings("unchecked")
    private static String claimedTask(String reply) {
        Map<String, Object> result;
        try {
            result = (Map<String, Object>) JSON.readValue(reply, FRAME).get("result");
        } catch (IOException unreadable) {
            throw new UncheckedIOException(unreadable);
        }
        Map<String, Object> structured = (Map<String, Object>) result.get("structuredContent");
        Map<String, Object> task = (Map<String, Object>) structured.get("task");
        if (task == null) {
            throw new IllegalStateException("nothing was claimed: " + structured);
        }
        return (String) task.get("task_id");
    }

    private String callLine(String tool, String arguments) {
        return "{\"jsonrpc\":\"2.0\",\"id\":" + (++nextId) + ",\"method\":\"tools/call\",\"params\":{\"name\":\"" + tool
                + "\",\"arguments\":" + arguments + "}}";
    }

    @SuppressWarnings("unchecked")
    private Map<String, Object> call(String tool, String arguments) throws IOException {
        Map<String, Object> frame = JSON.readValue(roundTrip(callLine(tool, arguments)), FRAME);
        Map<String, Object> result = (Map<String, Object>) frame.get("result");
        if (result == null || Boolean.TRUE.equals(result.get("isError"))) {
            throw new IllegalStateException(tool + " failed: " + frame);
        }
        return result;
    }

    private void request(String method, String params) throws IOException {
        roundTrip("{\"jsonrpc\":\"2.0\",\"id\":" + (++nextId) + ",\"method\":\"" + method + "\",\"params\":" + params + "}");
    }

    private String roundTrip(String line) throws IOException {
        send(line);
        String reply = stdout.readLine();
        if (reply == null) {
            throw new IOException("the server closed stdout");
        }
        if (reply.contains("\"isError\":true") || reply.startsWith("{\"jsonrpc\":\"2.0\",\"id\":" + nextId + ",\"error\"")) {
            throw new IllegalStateException("call failed: " + reply.substring(0, Math.min(400, reply.length())));
        }
        return reply;
    }

    private void send(String line) throws IOException {
        stdin.write((line + "\n").getBytes(StandardCharsets.UTF_8));
        stdin.flush();
    }
}

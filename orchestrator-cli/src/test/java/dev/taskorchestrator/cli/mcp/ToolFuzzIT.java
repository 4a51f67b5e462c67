package dev.taskorchestrator.cli.mcp;

import static java.util.stream.Collectors.toSet;
import static org.assertj.core.api.Assertions.assertThat;

import dev.taskorchestrator.cli.mcp.ToolFuzzer.Call;
import dev.taskorchestrator.cli.mcp.ToolFuzzer.Fixtures;
import dev.taskorchestrator.domain.common.ErrorCode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The real jar fed hundreds of malformed tool calls, generated from its own tool schemas by
 * {@link ToolFuzzer}. Whatever comes in, each reply must be a clean answer to that very call:
 * never an internal error, never a stack trace, a refusal that names the field, and a server still
 * answering at the end. Every problem is collected, so one run reports them all.
 * {@code -Dfuzz.calls=N} runs longer; {@code -Dfuzz.seed=S} replays the run that printed seed S.
 */
class ToolFuzzIT {

    private static final int CALLS = Integer.getInteger("fuzz.calls", 400);
    private static final long SEED = Long.getLong("fuzz.seed", 1_729L);

    /** What a Java stack trace leaves in text; none of the fuzzer's own inputs contains these. */
    private static final List<String> STACK_TRACE = List.of("Exception", "\tat ", "at dev.taskorchestrator",
            "java.lang", "Caused by:");
    private static final Set<String> CODES = Arrays.stream(ErrorCode.values()).map(ErrorCode::wireName)
            .collect(toSet());
    private static final int INTERNAL_ERROR = -32603;
    /** How much of a call and of its reply a failure shows. */
    private static final int SHOWN = 500;

    @Test
    void givenManyMalformedToolCalls_whenSentToTheRealJar_thenEachIsAnsweredCleanlyAndTheServerStaysUp(
            @TempDir Path directory) throws Exception {
        Path workspace = Files.createDirectories(directory.resolve("workspace"));
        // Every tool, whatever profile the caller's environment picks; and shared templates land in
        // the temporary folder too, never in the person's ~/.config.
        Map<String, String> environment = Map.of("ORCHESTRATOR_TOOLS", "all", "ORCHESTRATOR_TEMPLATES_HOME",
                directory.resolve("shared").toString());
        try (RawServer server = RawServer.start(workspace, List.of(), environment)) {
            server.initialize();
            List<Map<String, Object>> tools = tools(server);
            ToolFuzzer fuzzer = new ToolFuzzer(new Random(SEED), tools, plant(server, workspace));
            System.out.printf("fuzz: seed %d, %d calls (replay with -Dfuzz.seed=%d -Dfuzz.calls=%d)%n", SEED, CALLS,
                    SEED, CALLS);

            Run run = fuzz(server, fuzzer);

            server.log().lines().filter(line -> line.contains("failed unexpectedly"))
                    .forEach(line -> run.failures.add("server log: " + shorten(line)));
            System.out.println(run.summary());

            assertThat(server.process.isAlive()).as("the server is alive after the fuzz").isTrue();
            server.send("{\"jsonrpc\":\"2.0\",\"id\":\"ping\",\"method\":\"ping\"}");
            assertThat(reply(server)).as("ping after the fuzz").containsEntry("id", "ping").containsKey("result");
            assertThat(tools(server)).as("tools/list after the fuzz").hasSameSizeAs(tools);
            assertThat(run.failures).withFailMessage("%d problem(s) in %s:%n%s", run.failures.size(), run.summary(),
                    String.join("\n", run.failures)).isEmpty();
        }
    }

    /** The counts of one run and what went wrong in it. */
    private static final class Run {

        final long started = System.nanoTime();
        final List<String> failures = new ArrayList<>();
        final Map<String, Integer> refusalCodes = new TreeMap<>();
        int calls;
        int successes;
        int refusals;
        int errors;

        void record(Call call, Map<String, Object> frame, List<String> problems) {
            calls++;
            if (frame.containsKey("error")) {
                errors++;
            } else if (frame.get("result") instanceof Map<?, ?> result && Boolean.TRUE.equals(result.get("isError"))) {
                refusals++;
                Object code = result.get("structuredContent") instanceof Map<?, ?> error ? error.get("code") : null;
                refusalCodes.merge(String.valueOf(code), 1, Integer::sum);
            } else {
                successes++;
            }
            if (!problems.isEmpty()) {
                failures.add(String.format("#%d %s [%s]: %s%n  call:  %s%n  reply: %s", call.id(), call.tool(),
                        shorten(call.mutations()), String.join("; ", problems), shorten(call.line()),
                        shorten(ToolFuzzer.json(frame))));
            }
        }

        String summary() {
            return String.format(
                    "fuzz: %d calls, %d refusals %s, %d successes, %d JSON-RPC errors, %d problems, %.1f s", calls,
                    refusals, refusalCodes, successes, errors, failures.size(), (System.nanoTime() - started) / 1e9);
        }
    }

    private static Run fuzz(RawServer server, ToolFuzzer fuzzer) throws Exception {
        Run run = new Run();
        for (long id = 1; id <= CALLS; id++) {
            Call call = fuzzer.next(id);
            server.send(call.line());
            Map<String, Object> frame;
            try {
                frame = reply(server);
            } catch (Exception | AssertionError e) {
                run.failures.add(String.format("#%d %s [%s]: no reply (%s); server alive: %s%n  call:  %s", id,
                        call.tool(), shorten(call.mutations()), shorten(String.valueOf(e)), server.process.isAlive(),
                        shorten(call.line())));
                // A reply that is missing would shift every later one onto the wrong call.
                break;
            }
            run.record(call, frame, problems(call, frame));
        }
        return run;
    }

    /** Everything wrong with the reply to one call. */
    private static List<String> problems(Call call, Map<String, Object> frame) {
        List<String> problems = new ArrayList<>();
        if (!String.valueOf(call.id()).equals(String.valueOf(frame.get("id")))) {
            problems.add("the reply is for id " + frame.get("id"));
        }
        if (frame.containsKey("result") == frame.containsKey("error")) {
            problems.add("not exactly one of result and error");
        }
        if (frame.get("error") instanceof Map<?, ?> error) {
            problems.addAll(rpcErrorProblems(McpJar.map(error)));
        }
        if (frame.get("result") instanceof Map<?, ?> result && Boolean.TRUE.equals(result.get("isError"))) {
            problems.addAll(refusalProblems(call, McpJar.map(result)));
        }
        strings(frame).stream().flatMap(text -> STACK_TRACE.stream().filter(text::contains)).findFirst()
                .ifPresent(marker -> problems.add("a stack trace (" + marker.strip() + ")"));
        return problems;
    }

    private static List<String> rpcErrorProblems(Map<String, Object> error) {
        List<String> problems = new ArrayList<>();
        if (error.get("code") instanceof Number code && code.intValue() == INTERNAL_ERROR) {
            problems.add("a JSON-RPC internal error");
        }
        if (text(error.get("message")).isBlank()) {
            problems.add("a JSON-RPC error without a message");
        }
        return problems;
    }

    /** A refusal must say what kind and why, and, for bad input, which field. */
    private static List<String> refusalProblems(Call call, Map<String, Object> result) {
        if (!(result.get("structuredContent") instanceof Map<?, ?> content)) {
            return List.of("a refusal without structuredContent");
        }
        Map<String, Object> error = McpJar.map(content);
        String code = text(error.get("code"));
        String message = text(error.get("message"));
        List<String> problems = new ArrayList<>();
        if (code.equals(ErrorCode.INTERNAL.wireName())) {
            problems.add("an internal error");
        } else if (!CODES.contains(code)) {
            problems.add("an unknown code '" + code + "'");
        }
        if (message.isBlank()) {
            problems.add("a refusal without a message");
        }
        if (code.equals(ErrorCode.INVALID_ARGUMENT.wireName()) && !namesAField(error, call)) {
            problems.add("the refusal names no field");
        }
        return problems;
    }

    /**
     * Whether the refusal says which field, in {@code field} or else in its message. A blank
     * {@code field} counts only when the fuzzer sent an unknown field with that very name.
     */
    private static boolean namesAField(Map<String, Object> error, Call call) {
        if (error.get("field") instanceof String field
                && (!field.isBlank() || call.fields().stream().map(ToolFuzzIT::name).anyMatch(field::equals))) {
            return true;
        }
        String message = text(error.get("message"));
        return call.fields().stream().anyMatch(sent -> !name(sent).isBlank()
                && (message.contains(sent) || message.contains(name(sent))));
    }

    /** A field's own name, without the path to it: title for subtasks[0].title. */
    private static String name(String path) {
        return path.substring(path.lastIndexOf('.') + 1);
    }

    /** The next frame that answers a call of ours, answering the server's own requests (its pings) on the way. */
    private static Map<String, Object> reply(RawServer server) throws Exception {
        while (true) {
            Map<String, Object> frame = server.receive();
            if (!frame.containsKey("method")) {
                return frame;
            }
            if (frame.containsKey("id")) {
                server.send(ToolFuzzer.json(Map.of("jsonrpc", "2.0", "id", frame.get("id"), "result", Map.of())));
            }
        }
    }

    private static List<Map<String, Object>> tools(RawServer server) throws Exception {
        server.send("{\"jsonrpc\":\"2.0\",\"id\":\"tools\",\"method\":\"tools/list\"}");
        Map<String, Object> frame = reply(server);
        assertThat(frame).containsEntry("id", "tools").containsKey("result");
        return McpJar.rows(McpJar.map(frame.get("result")).get("tools"));
    }

    /** A session, a plan with two subtasks and a template, so that ids the fuzzer leaves alone are real. */
    private static Fixtures plant(RawServer server, Path workspace) throws Exception {
        String session = (String) McpJar.map(server.ok("orchestrator_initialize_session", "{}").get("session"))
                .get("session_id");
        Map<String, Object> plan = server.ok("orchestrator_plan_task", "{\"title\":\"Fuzz root\",\"subtasks\":["
                + "{\"key\":\"first\",\"title\":\"First\"},"
                + "{\"key\":\"second\",\"title\":\"Second\",\"dependencies\":[\"first\"]}]}");
        List<String> tasks = new ArrayList<>(List.of((String) plan.get("task_id")));
        McpJar.map(plan.get("keys")).values().forEach(id -> tasks.add((String) id));
        Map<String, Object> template = McpJar.map(server.ok("template_load", "{\"template_id\":\"api_endpoint\"}")
                .get("template"));
        Map<String, Object> parameters = McpJar.map(McpJar.map(template.get("metadata")).get("example_parameters"));
        return new Fixtures(workspace, session, tasks, "api_endpoint", ToolFuzzer.json(template), parameters);
    }

    /** Every string in a frame, keys included, however deep. */
    private static List<String> strings(Object value) {
        List<String> strings = new ArrayList<>();
        if (value instanceof String text) {
            strings.add(text);
        } else if (value instanceof Map<?, ?> map) {
            map.forEach((key, each) -> {
                strings.add(String.valueOf(key));
                strings.addAll(strings(each));
            });
        } else if (value instanceof Collection<?> collection) {
            collection.forEach(each -> strings.addAll(strings(each)));
        }
        return strings;
    }

    private static String text(Object value) {
        return value == null ? "" : String.valueOf(value);
    }

    private static String shorten(String text) {
        return text.length() <= SHOWN ? text : text.substring(0, SHOWN) + "...(" + text.length() + " chars)";
    }
}

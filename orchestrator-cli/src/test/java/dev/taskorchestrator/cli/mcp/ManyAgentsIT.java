package dev.taskorchestrator.cli.mcp;

import static org.assertj.core.api.Assertions.assertThat;

import dev.taskorchestrator.application.port.out.TaskFilter;
import dev.taskorchestrator.domain.session.SessionId;
import dev.taskorchestrator.domain.task.Task;
import dev.taskorchestrator.domain.task.TaskEvent;
import dev.taskorchestrator.domain.task.TaskEventType;
import dev.taskorchestrator.domain.task.TaskId;
import dev.taskorchestrator.domain.task.TaskStatus;
import dev.taskorchestrator.persistence.DatabaseSettings;
import dev.taskorchestrator.persistence.OrchestratorDatabase;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Eight agents, each with its own server process (the real jar over stdio) on one store, work two
 * plans of 400 tasks in all to the end, as a team would: claim with orchestrator_next_task, hand
 * in with orchestrator_complete_task. No agent gets an error, every task is completed once, and a
 * parent is completed when its subtasks are (by itself in one plan, by an agent in the other).
 */
class ManyAgentsIT {

    private static final int AGENTS = 8;
    private static final Duration DEADLINE = Duration.ofMinutes(4);

    @TempDir
    Path workspace;

    private final List<RawServer> servers = new ArrayList<>();

    @AfterEach
    void stopServers() throws Exception {
        for (RawServer server : servers) {
            server.close();
        }
    }

    private RawServer serve(List<String> store) throws Exception {
        RawServer server = RawServer.start(workspace, store);
        servers.add(server);
        server.initialize();
        return server;
    }

    @ParameterizedTest
    @ValueSource(strings = {"sqlite", "postgresql"})
    @SuppressWarnings("unchecked")
    void givenEightServersOnOneStore_whenTheirAgentsWorkTheirPlansToTheEnd_thenNoErrorAndEachTaskCompletedOnce(
            String kind) throws Exception {
        List<String> store = SharedStores.fresh(kind);
        RawServer planner = serve(store);
        String session = (String) ((Map<String, Object>) planner.ok("orchestrator_initialize_session", "{}")
                .get("session")).get("session_id");
        planner.ok("orchestrator_plan_task", json(plan("auto", 10, 19, session, true)));
        planner.ok("orchestrator_plan_task", json(plan("manual", 11, 17, session, false)));
        List<RawServer> crew = new ArrayList<>();
        for (int i = 0; i < AGENTS; i++) {
            crew.add(serve(store));
        }

        List<String> errors = Collections.synchronizedList(new ArrayList<>());
        List<String> completed = Collections.synchronizedList(new ArrayList<>());
        Instant deadline = Instant.now().plus(DEADLINE);
        ExecutorService threads = Executors.newFixedThreadPool(AGENTS);
        try {
            List<CompletableFuture<Void>> agents = new ArrayList<>();
            for (int i = 0; i < AGENTS; i++) {
                RawServer server = crew.get(i);
                String agent = "agent-" + i;
                agents.add(CompletableFuture.runAsync(() -> work(server, agent, session, deadline, completed, errors),
                        threads));
            }
            CompletableFuture.allOf(agents.toArray(CompletableFuture[]::new)).get(DEADLINE.toSeconds() + 60,
                    TimeUnit.SECONDS);
        } finally {
            threads.shutdownNow();
        }

        assertThat(errors).as("errors returned to agents").isEmpty();
        assertThat(completed).as("tasks handed in by agents").hasSize(400 - 11).doesNotHaveDuplicates();
        try (OrchestratorDatabase database = OrchestratorDatabase.open(store.isEmpty()
                ? DatabaseSettings.forWorkspace(workspace) : DatabaseSettings.fromUrl(store.get(1), Optional.empty(),
                        Optional.empty()))) {
            List<Task> tasks = database.tasks().query(TaskFilter.any().withSession(Optional.of(new SessionId(session))),
                    Optional.empty(), 1_000).tasks();
            assertThat(tasks).hasSize(400).allSatisfy(task -> assertThat(task.status()).isEqualTo(TaskStatus.COMPLETED));
            Map<TaskId, Task> byId = tasks.stream().collect(Collectors.toMap(Task::id, task -> task));
            for (Task task : tasks) {
                List<TaskEventType> endings = database.events().history(task.id(), 100).stream().map(TaskEvent::type)
                        .filter(type -> type == TaskEventType.COMPLETED || type == TaskEventType.AUTO_COMPLETED).toList();
                assertThat(endings).as("how %s ended", task.title()).hasSize(1);
                task.parentId().map(byId::get).ifPresent(parent -> assertThat(parent.data().completedAt().orElseThrow())
                        .as("%s completed before its subtask %s", parent.title(), task.title())
                        .isAfterOrEqualTo(task.data().completedAt().orElseThrow()));
            }
        }
    }

    /** An agent's loop: claim the best ready task and hand it in; wait a moment while others hold the rest. */
    @SuppressWarnings("unchecked")
    private static void work(RawServer server, String agent, String session, Instant deadline, List<String> completed,
            List<String> errors) {
        try {
            while (Instant.now().isBefore(deadline)) {
                Map<String, Object> next = server.ok("orchestrator_next_task", json(Map.of("claim", true,
                        "session_id", session, "agent", agent)));
                Map<String, Object> task = (Map<String, Object>) next.get("task");
                if (task != null) {
                    String id = (String) task.get("task_id");
                    server.ok("orchestrator_complete_task", json(Map.of("task_id", id, "summary", "done by " + agent,
                            "detailed_work", "The work of " + agent + " on " + id + ".", "agent", agent)));
                    completed.add(id);
                } else if (((Number) next.get("open_tasks")).longValue() == 0) {
                    return;
                } else {
                    Thread.sleep(10);
                }
            }
            errors.add(agent + ": still working at the deadline");
        } catch (Throwable failure) {
            errors.add(agent + ": " + failure.getMessage());
        }
    }

    /**
     * A root, its phases, their leaves: in a phase every fourth leaf waits for the leaf before it,
     * and every fifth leaf of phase k for the whole of phase k-2.
     */
    private static Map<String, Object> plan(String prefix, int phases, int leaves, String session, boolean autoComplete) {
        List<Map<String, Object>> phaseTasks = new ArrayList<>();
        for (int k = 0; k < phases; k++) {
            String phase = prefix + ".p" + k;
            List<Map<String, Object>> leafTasks = new ArrayList<>();
            for (int j = 0; j < leaves; j++) {
                List<String> waitsFor = new ArrayList<>();
                if (j % 4 == 3) {
                    waitsFor.add(phase + ".l" + (j - 1));
                }
                if (j % 5 == 0 && k >= 2) {
                    waitsFor.add(prefix + ".p" + (k - 2));
                }
                leafTasks.add(Map.of("key", phase + ".l" + j, "title", "Leaf " + j + " of phase " + k,
                        "dependencies", waitsFor));
            }
            phaseTasks.add(Map.of("key", phase, "title", "Phase " + k, "subtasks", leafTasks));
        }
        Map<String, Object> root = new LinkedHashMap<>();
        root.put("title", "Plan " + prefix);
        root.put("session_id", session);
        root.put("auto_complete_parent", autoComplete);
        root.put("subtasks", phaseTasks);
        return root;
    }

    private static String json(Map<String, Object> arguments) {
        try {
            return RawServer.JSON.writeValueAsString(arguments);
        } catch (java.io.IOException failure) {
            throw new java.io.UncheckedIOException(failure);
        }
    }
}

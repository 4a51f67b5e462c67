package dev.taskorchestrator.cli.mcp;

import static dev.taskorchestrator.cli.mcp.McpJar.map;
import static dev.taskorchestrator.cli.mcp.McpJar.ok;
import static org.assertj.core.api.Assertions.assertThat;

import dev.taskorchestrator.application.port.out.TaskFilter;
import dev.taskorchestrator.domain.session.SessionId;
import dev.taskorchestrator.domain.task.Task;
import dev.taskorchestrator.domain.task.TaskEvent;
import dev.taskorchestrator.domain.task.TaskEventType;
import dev.taskorchestrator.domain.task.TaskStatus;
import dev.taskorchestrator.persistence.DatabaseSettings;
import dev.taskorchestrator.persistence.OrchestratorDatabase;
import io.modelcontextprotocol.client.McpSyncClient;
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
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A team on the network: three {@code serve --http} processes on one PostgreSQL, eight agents
 * spread over them (the SDK's HTTP client each), working a plan of 1,000 tasks to the end. Half-way
 * one server is killed: its agents go to the others, as a load balancer would send them, and the
 * tasks it held come back when their short lease runs out. Every task ends completed exactly once,
 * and no live server returns an error to any agent. The same with three stdio servers on one
 * SQLite file, an agent each, the third killed half-way.
 */
class TeamIT {

    private static final int SERVERS = 3;
    private static final int AGENTS = 8;
    private static final int LEAVES = 999;
    private static final String TOKEN = "team-token-0123456789abcdef";
    private static final Duration DEADLINE = Duration.ofMinutes(5);

    @TempDir
    Path workspace;

    private final List<HttpJar.Server> servers = new ArrayList<>();

    @AfterEach
    void stopServers() {
        servers.forEach(server -> server.process().destroyForcibly());
    }

    @Test
    void givenThreeServersOnOnePostgres_whenEightAgentsWorkAThousandTasksAndOneServerDies_thenEachIsCompletedOnce()
            throws Exception {
        List<String> store = SharedStores.fresh("postgresql");
        Map<String, String> environment = Map.of("ORCHESTRATOR_TOKEN", TOKEN, "ORCHESTRATOR_LEASE", "PT3S");
        for (int i = 0; i < SERVERS; i++) {
            servers.add(HttpJar.serve(workspace, environment, store));
        }
        McpSyncClient planner = HttpJar.client(servers.get(0).base(), TOKEN, "planner");
        String session = (String) map(ok(planner, "orchestrator_initialize_session", Map.of()).get("session"))
                .get("session_id");
        ok(planner, "orchestrator_plan_task", plan(session));
        planner.closeGracefully();

        List<String> errors = Collections.synchronizedList(new ArrayList<>());
        AtomicInteger completed = new AtomicInteger();
        HttpJar.Server doomed = servers.get(SERVERS - 1);
        AtomicBoolean killed = new AtomicBoolean();
        Instant deadline = Instant.now().plus(DEADLINE);
        ExecutorService threads = Executors.newFixedThreadPool(AGENTS);
        try {
            List<CompletableFuture<Void>> agents = new ArrayList<>();
            for (int i = 0; i < AGENTS; i++) {
                int index = i;
                agents.add(CompletableFuture.runAsync(() -> work(index, session, doomed, killed, deadline, completed,
                        errors), threads));
            }
            while (completed.get() < LEAVES / 2 && Instant.now().isBefore(deadline)) {
                Thread.sleep(20);
            }
            // Said before it happens: an agent may see its connection reset before the process is reaped.
            killed.set(true);
            doomed.process().destroyForcibly().waitFor(10, TimeUnit.SECONDS);
            CompletableFuture.allOf(agents.toArray(CompletableFuture[]::new)).get(DEADLINE.toSeconds() + 60,
                    TimeUnit.SECONDS);
        } finally {
            threads.shutdownNow();
        }

        assertThat(errors).as("errors returned by a live server").isEmpty();
        try (OrchestratorDatabase database = OrchestratorDatabase.open(DatabaseSettings.fromUrl(store.get(1),
                Optional.empty(), Optional.empty()))) {
            List<Task> tasks = database.tasks().query(TaskFilter.any().withSession(Optional.of(new SessionId(session))),
                    Optional.empty(), 2_000).tasks();
            assertThat(tasks).hasSize(LEAVES + 1).allSatisfy(task -> assertThat(task.status())
                    .as(task.title()).isEqualTo(TaskStatus.COMPLETED));
            int claimedAgain = 0;
            for (Task task : tasks) {
                List<TaskEventType> history = database.events().history(task.id(), 100).stream().map(TaskEvent::type)
                        .toList();
                assertThat(history.stream().filter(type -> type == TaskEventType.COMPLETED
                        || type == TaskEventType.AUTO_COMPLETED)).as("how %s ended", task.title()).hasSize(1);
                long claims = history.stream().filter(type -> type == TaskEventType.CLAIMED).count();
                assertThat(claims).as("claims of %s", task.title()).isLessThanOrEqualTo(2);
                claimedAgain += claims == 2 ? 1 : 0;
            }
            // Only a claim the dead server's agents held (one each at most) comes back to be claimed again.
            assertThat(claimedAgain).as("tasks claimed twice").isLessThanOrEqualTo(AGENTS / SERVERS + 1);
        }
    }

    @Test
    @SuppressWarnings("unchecked")
    void givenThreeStdioServersOnOneSqliteFile_whenOneIsKilledHalfWay_thenItsClaimIsFinishedByTheOthersOnce()
            throws Exception {
        Map<String, String> environment = Map.of("ORCHESTRATOR_LEASE", "PT3S");
        List<RawServer> stdio = new ArrayList<>();
        try {
            for (int i = 0; i < SERVERS; i++) {
                RawServer server = RawServer.start(workspace, List.of(), environment);
                stdio.add(server);
                server.initialize();
            }
            String session = (String) ((Map<String, Object>) stdio.get(0).ok("orchestrator_initialize_session", "{}")
                    .get("session")).get("session_id");
            int leaves = 300;
            Map<String, Object> plan = new LinkedHashMap<>(plan(session));
            plan.put("subtasks", ((List<?>) plan.get("subtasks")).subList(0, leaves));
            stdio.get(0).ok("orchestrator_plan_task", RawServer.JSON.writeValueAsString(plan));

            AtomicInteger completed = new AtomicInteger();
            List<String> errors = Collections.synchronizedList(new ArrayList<>());
            Instant deadline = Instant.now().plus(DEADLINE);
            ExecutorService threads = Executors.newFixedThreadPool(SERVERS);
            try {
                List<CompletableFuture<Void>> agents = new ArrayList<>();
                for (int i = 0; i < SERVERS; i++) {
                    RawServer server = stdio.get(i);
                    boolean doomed = i == SERVERS - 1;
                    agents.add(CompletableFuture.runAsync(() -> workOnStdio(server, doomed, session, deadline,
                            completed, errors), threads));
                }
                while (completed.get() < leaves / 2 && Instant.now().isBefore(deadline)) {
                    Thread.sleep(20);
                }
                stdio.get(SERVERS - 1).kill();
                CompletableFuture.allOf(agents.toArray(CompletableFuture[]::new)).get(DEADLINE.toSeconds() + 60,
                        TimeUnit.SECONDS);
            } finally {
                threads.shutdownNow();
            }

            assertThat(errors).as("errors returned by a live server").isEmpty();
            try (OrchestratorDatabase database = OrchestratorDatabase.open(DatabaseSettings.forWorkspace(workspace))) {
                List<Task> tasks = database.tasks().query(TaskFilter.any().withSession(Optional.of(
                        new SessionId(session))), Optional.empty(), 2_000).tasks();
                assertThat(tasks).hasSize(leaves + 1).allSatisfy(task -> assertThat(task.status())
                        .as(task.title()).isEqualTo(TaskStatus.COMPLETED));
                for (Task task : tasks) {
                    assertThat(database.events().history(task.id(), 100).stream().map(TaskEvent::type)
                            .filter(type -> type == TaskEventType.COMPLETED || type == TaskEventType.AUTO_COMPLETED))
                            .as("how %s ended", task.title()).hasSize(1);
                }
            }
        } finally {
            for (RawServer server : stdio) {
                server.close();
            }
        }
    }

    /** An agent on its own stdio server; the one whose server is killed simply stops, its claim left to expire. */
    @SuppressWarnings("unchecked")
    private static void workOnStdio(RawServer server, boolean doomed, String session, Instant deadline,
            AtomicInteger completed, List<String> errors) {
        try {
            while (Instant.now().isBefore(deadline)) {
                Map<String, Object> next = server.ok("orchestrator_next_task", RawServer.JSON.writeValueAsString(
                        Map.of("claim", true, "session_id", session)));
                Map<String, Object> task = (Map<String, Object>) next.get("task");
                if (task != null) {
                    server.ok("orchestrator_complete_task", RawServer.JSON.writeValueAsString(Map.of("task_id",
                            task.get("task_id"), "summary", "done", "detailed_work", "The work.")));
                    completed.incrementAndGet();
                } else if (((Number) next.get("open_tasks")).longValue() == 0) {
                    return;
                } else {
                    Thread.sleep(50);
                }
            }
            errors.add("still working at the deadline");
        } catch (Throwable failure) {
            if (!doomed) {
                errors.add(failure.getMessage());
            }
        }
    }

    /**
     * An agent's loop on the server it was given; when that server dies under it, on the next one,
     * as behind a load balancer. A failure of the dying server is the network's, not an answer.
     */
    @SuppressWarnings("unchecked")
    private void work(int index, String session, HttpJar.Server doomed, AtomicBoolean killed, Instant deadline,
            AtomicInteger completed, List<String> errors) {
        int serverIndex = index % SERVERS;
        McpSyncClient client = HttpJar.client(servers.get(serverIndex).base(), TOKEN, "agent-" + index);
        try {
            while (Instant.now().isBefore(deadline)) {
                HttpJar.Server server = servers.get(serverIndex);
                try {
                    Map<String, Object> next = ok(client, "orchestrator_next_task", Map.of("claim", true,
                            "session_id", session));
                    Map<String, Object> task = (Map<String, Object>) next.get("task");
                    if (task != null) {
                        ok(client, "orchestrator_complete_task", Map.of("task_id", task.get("task_id"),
                                "summary", "done", "detailed_work", "The work on " + task.get("task_id") + "."));
                        completed.incrementAndGet();
                    } else if (((Number) next.get("open_tasks")).longValue() == 0) {
                        return;
                    } else {
                        Thread.sleep(50);
                    }
                } catch (Throwable failure) {
                    if (server == doomed && killed.get()) {
                        serverIndex = (serverIndex + 1) % (SERVERS - 1);
                        client = HttpJar.client(servers.get(serverIndex).base(), TOKEN, "agent-" + index);
                    } else {
                        errors.add("agent-" + index + ": " + failure.getMessage());
                        return;
                    }
                }
            }
            errors.add("agent-" + index + ": still working at the deadline");
        } catch (Throwable failure) {
            errors.add("agent-" + index + ": " + failure.getMessage());
        } finally {
            try {
                client.close();
            } catch (RuntimeException alreadyGone) {
                // the server it talked to may be the one that died
            }
        }
    }

    /** One root completed by itself, 999 leaves; every tenth leaf waits for the one before it. */
    private static Map<String, Object> plan(String session) {
        List<Map<String, Object>> leaves = new ArrayList<>();
        for (int j = 0; j < LEAVES; j++) {
            leaves.add(Map.of("key", "l" + j, "title", "Leaf " + j,
                    "dependencies", j % 10 == 9 ? List.of("l" + (j - 1)) : List.of()));
        }
        Map<String, Object> root = new LinkedHashMap<>();
        root.put("title", "The team's plan");
        root.put("session_id", session);
        root.put("auto_complete_parent", true);
        root.put("subtasks", leaves);
        return root;
    }
}

package dev.taskorchestrator.cli.mcp;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * A lifecycle per server instance, with real server processes on one store (the workspace's SQLite
 * file, or one PostgreSQL): three servers side by side, one stopped cleanly, one killed, and a
 * fourth started. Exactly one recovery happens, of the killed one; the others never take each
 * other for crashed, and the clean stop of one leaves the rest running.
 */
class InstancesIT {

    @TempDir
    Path workspace;

    private final List<RawServer> started = new ArrayList<>();

    /** A server that has started: its instance is registered once a call has waited for its core. */
    private RawServer serve(List<String> store) throws Exception {
        RawServer server = RawServer.start(workspace, store);
        started.add(server);
        server.initialize();
        server.ok("orchestrator_health_check", "{}");
        return server;
    }

    @SuppressWarnings("unchecked")
    private static String instanceOf(RawServer server) throws Exception {
        return (String) ((Map<String, Object>) server.ok("orchestrator_restart_status", "{}").get("current"))
                .get("instance_id");
    }

    @SuppressWarnings("unchecked")
    private static Map<String, String> states(Map<String, Object> status) {
        return ((List<Map<String, Object>>) status.get("instances")).stream().collect(Collectors.toMap(
                row -> (String) row.get("instance_id"), row -> (String) row.get("state")));
    }

    @SuppressWarnings("unchecked")
    private static List<Map<String, Object>> restarts(Map<String, Object> status) {
        return (List<Map<String, Object>>) status.get("restarts");
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"sqlite", "postgresql"})
    @SuppressWarnings("unchecked")
    void givenThreeServersOneStoppedCleanlyAndOneKilled_whenAFourthStarts_thenOnlyTheKilledOneIsRecovered(String kind)
            throws Exception {
        List<String> store = SharedStores.fresh(kind);
        try {
            RawServer first = serve(store);
            RawServer stopped = serve(store);
            RawServer killed = serve(store);
            String firstId = instanceOf(first);
            String stoppedId = instanceOf(stopped);
            String killedId = instanceOf(killed);
            assertThat(states(first.ok("orchestrator_restart_status", "{}"))).as("three servers side by side")
                    .containsEntry(firstId, "live").containsEntry(stoppedId, "live").containsEntry(killedId, "live");

            stopped.closeStdin();
            assertThat(stopped.process.waitFor(10, TimeUnit.SECONDS)).isTrue();
            assertThat(stopped.process.exitValue()).isZero();
            killed.process.toHandle().destroyForcibly();
            assertThat(killed.process.waitFor(10, TimeUnit.SECONDS)).isTrue();
            Map<String, Object> beforeTheFourth = first.ok("orchestrator_restart_status", "{}");
            assertThat(states(beforeTheFourth)).as("a clean stop leaves the others running")
                    .containsEntry(firstId, "live").containsEntry(stoppedId, "stopped");
            assertThat((Map<String, Object>) beforeTheFourth.get("current")).containsEntry("phase", "running");

            RawServer fourth = serve(store);
            String fourthId = instanceOf(fourth);
            Map<String, Object> status = fourth.ok("orchestrator_restart_status", "{}");

            assertThat(states(status)).containsEntry(firstId, "live").containsEntry(stoppedId, "stopped")
                    .containsEntry(killedId, "recovered").containsEntry(fourthId, "live");
            assertThat(restarts(status)).filteredOn(row -> !((List<Object>) row.get("recovered")).isEmpty())
                    .as("exactly one recovery, of the killed one, by the fourth").singleElement().satisfies(row -> {
                        assertThat(row).containsEntry("instance_id", fourthId).containsEntry("kind", "start");
                        assertThat(row.get("recovered")).isEqualTo(List.of(killedId));
                    });
            assertThat(((Map<String, Object>) status.get("current")).get("last_error").toString())
                    .contains(killedId, "without a clean stop", "integrity check at recovery: ok");
            assertThat((Map<String, Object>) first.ok("orchestrator_restart_status", "{}").get("current"))
                    .as("the first server never recovered anything").containsEntry("phase", "running")
                    .doesNotContainKey("last_error");
            assertThat(first.log()).doesNotContain("ended without a clean stop");
            assertThat(fourth.log()).contains(killedId + " (pid " + killed.process.pid());
            Map<String, Object> health = fourth.ok("orchestrator_health_check", "{}");
            assertThat(health).containsEntry("healthy", true);
            assertThat((List<Map<String, Object>>) health.get("instances")).extracting(row -> row.get("instance_id"))
                    .containsExactlyInAnyOrder(firstId, fourthId);
        } finally {
            for (RawServer server : started) {
                server.close();
            }
        }
    }
}

package dev.taskorchestrator.mcp.tool;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.taskorchestrator.application.port.in.ExecuteTaskUseCase;
import dev.taskorchestrator.application.port.in.InitializeSessionUseCase;
import dev.taskorchestrator.application.port.in.PlanTaskUseCase;
import dev.taskorchestrator.application.port.in.PlannedTask;
import dev.taskorchestrator.application.port.out.ServerRuntime;
import dev.taskorchestrator.application.service.Orchestrator;
import dev.taskorchestrator.domain.common.Actor;
import dev.taskorchestrator.domain.common.ErrorCode;
import dev.taskorchestrator.domain.common.OrchestratorException;
import dev.taskorchestrator.testkit.memory.InMemoryStore;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * The tools whose translation holds more than a call: each on an in-memory core, as the SDK would
 * call it, with the connection a test controls.
 */
class ToolsTest {

    private static final String WORKSPACE = "/projects/tools";

    private final Orchestrator core = new InMemoryStore().orchestrator();
    private final Map<String, OrchestratorTool> tools = OrchestratorTools.all(() -> core, core.roles(),
            core::restartServer).stream().collect(Collectors.toMap(tool -> tool.descriptor().name(), Function.identity()));

    /** A connection whose client answers pings in {@code roundTrip}, or never when it is null. */
    private static Connection connection(Duration roundTrip, int callsInFlight) {
        return new Connection() {
            @Override
            public Duration ping() {
                if (roundTrip == null) {
                    throw new IllegalStateException("the client is gone");
                }
                return roundTrip;
            }

            @Override
            public ServerRuntime.Activity activity() {
                return new ServerRuntime.Activity(callsInFlight, 1, "stdio");
            }
        };
    }

    private Map<String, Object> call(String name, Map<String, Object> arguments, Connection connection) {
        OrchestratorTool tool = tools.get(name);
        return tool.call(tool.descriptor().input().parse(arguments), new Caller("agent#c1", WORKSPACE, connection))
                .structured();
    }

    @Test
    @SuppressWarnings("unchecked")
    void givenAClientThatAnswers_whenTheReconnectTestRuns_thenEveryPingIsTimedAndItPasses() {
        Map<String, Object> result = call("orchestrator_reconnect_test", Map.of(), connection(Duration.ofMillis(2), 1));

        assertThat(result).containsEntry("overall_status", "pass").containsEntry("transport", "stdio")
                .containsEntry("calls_in_flight", 1);
        assertThat((List<Map<String, Object>>) result.get("pings")).hasSize(3)
                .allSatisfy(ping -> assertThat(ping).containsEntry("answered", true).containsEntry("round_trip_ms", 2.0));
    }

    @Test
    @SuppressWarnings("unchecked")
    void givenAClientThatIsGone_whenTheReconnectTestRuns_thenItFailsSayingNoPingWasAnswered() {
        Map<String, Object> result = call("orchestrator_reconnect_test", Map.of("include_buffer_status", false),
                connection(null, 1));

        assertThat(result).containsEntry("overall_status", "fail").doesNotContainKey("calls_in_flight");
        assertThat((List<Map<String, Object>>) result.get("pings"))
                .allSatisfy(ping -> assertThat(ping).containsEntry("answered", false));
    }

    @Test
    void givenACoreWithoutAServerAroundIt_whenARestartIsAsked_thenRefusedNamingTheReason() {
        OrchestratorException refused = catchThrowableOfType(OrchestratorException.class,
                () -> call("orchestrator_restart_server", Map.of(), connection(Duration.ZERO, 1)));

        assertThat(refused.code()).isEqualTo(ErrorCode.ILLEGAL_STATE);
        assertThat(refused.field()).contains("reason");
    }

    @Test
    @SuppressWarnings("unchecked")
    void givenWorkInProgress_whenAShutdownIsWeighed_thenTheToolNamesWhatStandsInTheWay() {
        var plan = core.planTask(PlanTaskUseCase.Command.of(PlannedTask.titled("Held"), Actor.agent("a")));
        core.executeTask(new ExecuteTaskUseCase.Command(plan.rootId(), Actor.agent("a"), false));

        Map<String, Object> result = call("orchestrator_shutdown_prepare", Map.of("check_database_state", false),
                connection(Duration.ZERO, 1));

        assertThat(result).containsEntry("ready_for_shutdown", false);
        assertThat((List<String>) result.get("blocking_issues")).containsExactly(
                "1 task(s) in progress would lose their agents' attention");
        Map<String, Object> checks = (Map<String, Object>) result.get("checks");
        assertThat(checks).containsKey("active_tasks").doesNotContainKey("database");
        assertThat((Map<String, Object>) checks.get("client_connections")).as("a core without a runtime around it")
                .containsEntry("transport", "in-process").containsEntry("connected_clients", 0)
                .containsEntry("other_calls_in_flight", 0);
    }

    @Test
    void givenEachAction_whenTheMaintenanceToolRuns_thenItIsTheUseCaseOfThatAction() {
        for (String action : List.of("scan_cleanup", "validate_structure", "update_documentation", "prepare_handover")) {
            assertThat(call("orchestrator_maintenance_coordinator", Map.of("action", action), connection(Duration.ZERO,
                    1))).containsEntry("action", action).containsEntry("scope", "full_project");
        }
    }

    @Test
    @SuppressWarnings("unchecked")
    void givenTheWorkspacesSession_whenStatusNamesNone_thenItIsTheOneTheServersWorkspaceHas() {
        String session = core.initializeSession(new InitializeSessionUseCase.Command(WORKSPACE, Optional.empty()))
                .session().session().id().value();

        Map<String, Object> result = call("orchestrator_session_status", Map.of(), connection(Duration.ZERO, 1));

        assertThat((Map<String, Object>) result.get("session")).containsEntry("session_id", session);
        assertThat(call("orchestrator_maintenance_coordinator", Map.of("action", "update_documentation"),
                connection(Duration.ZERO, 1))).containsEntry("scope", "current_session");
    }
}

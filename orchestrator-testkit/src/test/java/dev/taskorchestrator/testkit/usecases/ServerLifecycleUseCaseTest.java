package dev.taskorchestrator.testkit.usecases;

import static org.assertj.core.api.Assertions.assertThat;

import dev.taskorchestrator.application.port.in.HealthCheckUseCase;
import dev.taskorchestrator.application.port.in.LifecycleStatusUseCase.InstanceStatus;
import dev.taskorchestrator.application.port.in.LifecycleStatusUseCase;
import dev.taskorchestrator.application.port.in.StartServerUseCase.StartReport;
import dev.taskorchestrator.application.port.out.HostProbe;
import dev.taskorchestrator.application.service.Orchestrator;
import dev.taskorchestrator.application.service.OrchestratorSettings;
import dev.taskorchestrator.domain.common.ErrorCode;
import dev.taskorchestrator.domain.reboot.InstanceId;
import dev.taskorchestrator.domain.reboot.InstanceState;
import dev.taskorchestrator.domain.reboot.LifecycleEntry;
import dev.taskorchestrator.domain.reboot.LifecyclePhase;
import dev.taskorchestrator.domain.reboot.RestartRecord;
import dev.taskorchestrator.domain.reboot.ServerInstance;
import dev.taskorchestrator.domain.task.TaskId;
import dev.taskorchestrator.domain.task.TaskStatus;
import dev.taskorchestrator.testkit.fixtures.FakeHost;
import java.time.Duration;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** A lifecycle per server instance: several servers on one store never take each other for crashed. */
class ServerLifecycleUseCaseTest extends UseCaseTest {

    private final FakeHost machine = FakeHost.machine("host-a", 100);

    private Orchestrator server(HostProbe host) {
        return store.orchestrator(host);
    }

    private static LifecycleStatusUseCase.Status status(Orchestrator core) {
        return core.lifecycleStatus(new LifecycleStatusUseCase.Query(50));
    }

    private static Map<InstanceId, InstanceState> states(Orchestrator core) {
        return status(core).instances().stream().collect(Collectors.toMap(s -> s.instance().id(), InstanceStatus::state));
    }

    @Test
    void givenAFirstStart_whenStarted_thenAnInstanceIsRegisteredItsPhasesRecordedAndNothingRecovered() {
        Orchestrator core = server(machine);

        StartReport report = core.startServer();

        assertThat(report.recovered()).isEmpty();
        assertThat(report.integrity()).as("only a recovery checks").isEmpty();
        ServerInstance self = status(core).self().orElseThrow();
        assertThat(self.id()).isEqualTo(report.instance());
        assertThat(self.pid()).isEqualTo(100);
        assertThat(self.host()).isEqualTo("host-a");
        assertThat(self.lifecycle().phase()).isEqualTo(LifecyclePhase.RUNNING);
        assertThat(status(core).history()).extracting(entry -> entry.record().phase()).containsExactly(
                LifecyclePhase.RUNNING, LifecyclePhase.ENABLING_CONNECTIONS, LifecyclePhase.RESUMING_TASKS,
                LifecyclePhase.RESTORING_DATABASE, LifecyclePhase.LOADING_STATE, LifecyclePhase.PREPARING);
        assertThat(report.restart().kind()).isEqualTo(RestartRecord.Kind.START);
        assertThat(report.restart().phases()).extracting(timing -> timing.phase()).containsExactly(
                LifecyclePhase.PREPARING, LifecyclePhase.LOADING_STATE, LifecyclePhase.RESTORING_DATABASE,
                LifecyclePhase.RESUMING_TASKS, LifecyclePhase.ENABLING_CONNECTIONS);
        assertThat(status(core).restarts()).containsExactly(report.restart());
    }

    @Test
    void givenACleanStop_whenAnotherProcessStarts_thenNothingIsRecoveredAndTheRestartsCountOn() {
        Orchestrator first = server(machine);
        first.startServer();
        first.stopServer();
        machine.dies();

        Orchestrator second = server(machine.process(101));
        StartReport report = second.startServer();

        assertThat(report.recovered()).isEmpty();
        assertThat(states(second)).containsValues(InstanceState.STOPPED, InstanceState.LIVE);
        assertThat(status(second).self().orElseThrow().lifecycle().restarts()).isEqualTo(2);
        assertThat(status(second).self().orElseThrow().lifecycle().lastError()).isEmpty();
        assertThat(status(second).history()).extracting(entry -> entry.record().phase())
                .contains(LifecyclePhase.MAINTENANCE_MODE, LifecyclePhase.SUSPENDING_TASKS, LifecyclePhase.FINALIZING);
    }

    @Test
    void givenThreeServersOneStoppedOneKilled_whenAFourthStarts_thenOnlyTheKilledOneIsRecovered() {
        FakeHost one = machine;
        FakeHost two = machine.process(200);
        FakeHost three = machine.process(300);
        Orchestrator running = server(one);
        Orchestrator stopped = server(two);
        Orchestrator killed = server(three);
        InstanceId runningId = running.startServer().instance();
        InstanceId stoppedId = stopped.startServer().instance();
        InstanceId killedId = killed.startServer().instance();
        assertThat(states(running)).as("three servers side by side").containsOnly(
                Map.entry(runningId, InstanceState.LIVE), Map.entry(stoppedId, InstanceState.LIVE),
                Map.entry(killedId, InstanceState.LIVE));

        stopped.stopServer();
        two.dies();
        three.dies();
        Orchestrator fourth = server(machine.process(400));
        StartReport report = fourth.startServer();

        assertThat(report.recovered()).extracting(ServerInstance::id).containsExactly(killedId);
        assertThat(report.restart().recovered()).containsExactly(killedId);
        assertThat(states(fourth)).containsEntry(runningId, InstanceState.LIVE)
                .containsEntry(stoppedId, InstanceState.STOPPED).containsEntry(killedId, InstanceState.RECOVERED)
                .containsEntry(report.instance(), InstanceState.LIVE);
        assertThat(status(running).self().orElseThrow().lifecycle().phase()).as("untouched")
                .isEqualTo(LifecyclePhase.RUNNING);
        assertThat(status(fourth).self().orElseThrow().lifecycle().lastError()).hasValueSatisfying(error ->
                assertThat(error).contains(killedId.value(), "pid 300", "without a clean stop while running",
                        "integrity check at recovery: ok"));
        ServerInstance dead = store.ports().lifecycle().find(killedId).orElseThrow();
        assertThat(dead.lifecycle().phase()).isEqualTo(LifecyclePhase.FAILED);
        assertThat(dead.lifecycle().failedIn()).contains(LifecyclePhase.RUNNING);
        assertThat(server(machine.process(500)).startServer().recovered()).as("recovered once only").isEmpty();
    }

    @Test
    void givenAServerOnAnotherMachine_whenItsHeartbeatFallsSilent_thenOnlyThenAStartTakesItForDead() {
        Orchestrator remote = server(FakeHost.machine("host-b", 100));
        InstanceId remoteId = remote.startServer().instance();
        clock.advance(OrchestratorSettings.DEFAULT_SILENT_AFTER.minusSeconds(5));
        remote.heartbeat();
        clock.advance(OrchestratorSettings.DEFAULT_SILENT_AFTER.minusSeconds(5));

        assertThat(server(machine).startServer().recovered()).as("its heartbeat is recent").isEmpty();

        clock.advance(OrchestratorSettings.DEFAULT_SILENT_AFTER);
        assertThat(server(machine.process(101)).startServer().recovered()).extracting(ServerInstance::id)
                .containsExactly(remoteId);
    }

    @Test
    void givenAServerThatDiedWithAClaimHeld_whenAnotherStartsAfterTheLeaseRanOut_thenTheClaimIsReleased() {
        server(machine).startServer();
        TaskId id = plan(leaf("a", "A")).rootId();
        execute(id, "agent-1");
        machine.dies();
        clock.advance(OrchestratorSettings.DEFAULT_LEASE.plusMinutes(1));

        StartReport report = server(machine.process(101)).startServer();

        assertThat(report.recovered()).hasSize(1);
        assertThat(report.releasedClaims()).containsExactly(id);
        assertThat(task(id).status()).isEqualTo(TaskStatus.PENDING);
        assertThat(report.integrity()).contains("ok");
    }

    @Test
    void givenAHistoryLimitOutOfRange_whenStatusIsAsked_thenInvalidArgumentNamingTheLimit() {
        assertRefused(ErrorCode.INVALID_ARGUMENT, "limit", () -> new LifecycleStatusUseCase.Query(0));
    }

    @Test
    void givenACoreThatIsNoServer_whenItsStatusIsAsked_thenItHasNoInstanceButSeesTheServers() {
        InstanceId serving = server(machine).startServer().instance();

        LifecycleStatusUseCase.Status seen = status(orchestrator);

        assertThat(seen.self()).isEmpty();
        assertThat(seen.instances()).extracting(s -> s.instance().id()).containsExactly(serving);
        orchestrator.stopServer();
        assertThat(status(orchestrator).instances()).singleElement().satisfies(s -> assertThat(s.state())
                .as("stopping a core that runs no server touches no other").isEqualTo(InstanceState.LIVE));
    }

    @Test
    void givenARunningServer_whenHealthIsChecked_thenEveryCheckPassesWithItsFigureAndTheLiveServersAreListed() {
        Orchestrator core = server(machine);
        InstanceId self = core.startServer().instance();
        server(machine.process(101)).startServer();

        HealthCheckUseCase.HealthReport report = core.healthCheck(HealthCheckUseCase.Query.ALL);

        assertThat(report.healthy()).as(report.toString()).isTrue();
        assertThat(report.checks()).extracting(HealthCheckUseCase.Check::name).containsExactly("database", "schema",
                "integrity", "disk", "memory", "uptime", "lifecycle", "instances", "expired_claims");
        assertThat(report.checks().get(3).figure()).isEqualTo("10,240 MiB free");
        assertThat(report.checks().get(7).figure()).isEqualTo("2 live");
        assertThat(report.liveInstances()).extracting(s -> s.instance().id()).contains(self).hasSize(2);
    }

    @Test
    void givenSomeGroupsLeftOut_whenHealthIsChecked_thenTheyAreNotListedButStillJudged() {
        Orchestrator core = server(machine);
        core.startServer();
        core.stopServer();

        HealthCheckUseCase.HealthReport report = core.healthCheck(new HealthCheckUseCase.Query(false, false));

        assertThat(report.listed()).extracting(HealthCheckUseCase.Check::name)
                .containsExactlyInAnyOrder("disk", "memory", "uptime");
        assertThat(report.healthy()).as("a stopped server is not healthy, listed or not").isFalse();
        assertThat(report.failed()).containsExactly("lifecycle");
    }

    @Test
    void givenNoHostProbe_whenHealthIsChecked_thenOnlyTheStoreAndLifecycleChecksAreMade() {
        orchestrator.startServer();

        assertThat(orchestrator.healthCheck(HealthCheckUseCase.Query.ALL).checks())
                .extracting(HealthCheckUseCase.Check::name).doesNotContain("disk", "memory", "uptime")
                .contains("database", "lifecycle", "instances");
    }

    @Test
    void givenAHeartbeat_whenBeaten_thenTheInstancesHeartbeatMovesOnAndNothingElse() {
        Orchestrator core = server(machine);
        core.startServer();
        LifecycleEntry last = status(core).history().get(0);
        clock.advance(Duration.ofSeconds(10));

        assertThat(core.heartbeat()).as("heard: no new start").isEmpty();

        ServerInstance self = status(core).self().orElseThrow();
        assertThat(self.heartbeatAt()).isEqualTo(clock.instant());
        assertThat(status(core).history().get(0)).isEqualTo(last);
    }

    @Test
    void givenAServerTakenForDeadWhileItLived_whenItBeatsAgain_thenItRegistersAsANewInstance() {
        Orchestrator paused = server(FakeHost.machine("host-b", 100));
        InstanceId before = paused.startServer().instance();
        clock.advance(OrchestratorSettings.DEFAULT_SILENT_AFTER.plusSeconds(1));
        assertThat(server(machine).startServer().recovered()).extracting(ServerInstance::id).containsExactly(before);

        StartReport again = paused.heartbeat().orElseThrow();

        assertThat(again.instance()).isNotEqualTo(before);
        assertThat(status(paused).self().orElseThrow().id()).isEqualTo(again.instance());
        assertThat(states(paused)).containsEntry(before, InstanceState.RECOVERED)
                .containsEntry(again.instance(), InstanceState.LIVE);
        assertThat(paused.heartbeat()).as("the new instance beats").isEmpty();
    }
}

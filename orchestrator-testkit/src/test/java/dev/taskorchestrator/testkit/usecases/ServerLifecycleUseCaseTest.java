package dev.taskorchestrator.testkit.usecases;

import static org.assertj.core.api.Assertions.assertThat;

import dev.taskorchestrator.application.port.in.HealthCheckUseCase;
import dev.taskorchestrator.application.port.out.HostProbe;
import dev.taskorchestrator.application.port.out.RoleCatalog;
import dev.taskorchestrator.application.service.Orchestrator;
import dev.taskorchestrator.application.service.OrchestratorSettings;
import dev.taskorchestrator.domain.common.ErrorCode;
import dev.taskorchestrator.domain.reboot.LifecyclePhase;
import dev.taskorchestrator.domain.reboot.LifecycleRecord;
import dev.taskorchestrator.domain.task.TaskId;
import dev.taskorchestrator.domain.task.TaskStatus;
import java.time.Duration;
import org.junit.jupiter.api.Test;

class ServerLifecycleUseCaseTest extends UseCaseTest {

    @Test
    void givenAFirstStart_whenStarted_thenTheRestartPhasesAreRecordedAndNothingIsRecovered() {
        var report = orchestrator.startServer();

        assertThat(report.recovered()).isFalse();
        assertThat(report.integrity()).as("only a recovery checks").isEmpty();
        assertThat(report.previousPhase()).isEqualTo(LifecyclePhase.STOPPED);
        var status = orchestrator.lifecycleStatus(10);
        assertThat(status.current().phase()).isEqualTo(LifecyclePhase.RUNNING);
        assertThat(status.history()).extracting(LifecycleRecord::phase).containsExactly(LifecyclePhase.RUNNING,
                LifecyclePhase.ENABLING_CONNECTIONS, LifecyclePhase.RESUMING_TASKS, LifecyclePhase.RESTORING_DATABASE,
                LifecyclePhase.LOADING_STATE, LifecyclePhase.PREPARING);
    }

    @Test
    void givenACleanStop_whenStartedAgain_thenTheShutdownPhasesWereRecordedAndTheStartIsClean() {
        orchestrator.startServer();
        orchestrator.stopServer();
        assertThat(orchestrator.lifecycleStatus(1).current().phase()).isEqualTo(LifecyclePhase.STOPPED);

        var report = orchestrator.startServer();

        assertThat(report.recovered()).isFalse();
        assertThat(orchestrator.lifecycleStatus(20).history()).extracting(LifecycleRecord::phase)
                .contains(LifecyclePhase.MAINTENANCE_MODE, LifecyclePhase.SUSPENDING_TASKS, LifecyclePhase.FINALIZING);
        assertThat(orchestrator.lifecycleStatus(1).current().lastError()).isEmpty();
    }

    @Test
    void givenARunThatDiedWithAClaimHeld_whenStartedAfterTheLeaseRanOut_thenItRecoversAndReleasesTheClaim() {
        orchestrator.startServer();
        TaskId id = plan(leaf("a", "A")).rootId();
        execute(id, "agent-1");
        clock.advance(OrchestratorSettings.DEFAULT_LEASE.plusMinutes(1));

        var report = orchestrator.startServer();

        assertThat(report.recovered()).isTrue();
        assertThat(report.previousPhase()).isEqualTo(LifecyclePhase.RUNNING);
        assertThat(report.releasedClaims()).containsExactly(id);
        assertThat(task(id).status()).isEqualTo(TaskStatus.PENDING);
        assertThat(report.integrity()).contains("ok");
        assertThat(orchestrator.lifecycleStatus(1).current().lastError()).hasValueSatisfying(error ->
                assertThat(error).contains("without a clean stop", "running", "integrity check at recovery: ok"));
    }

    @Test
    void givenAHistoryLimitOutOfRange_whenStatusIsAsked_thenInvalidArgumentNamingTheLimit() {
        assertRefused(ErrorCode.INVALID_ARGUMENT, "limit", () -> orchestrator.lifecycleStatus(0));
    }

    @Test
    void givenARunningServer_whenHealthIsChecked_thenEveryCheckPassesWithItsFigure() {
        Orchestrator withHost = Orchestrator.create(store.orchestratorPorts(RoleCatalog.builtIn())
                .withHost(host(10L * 1024 * 1024 * 1024, 100, 1000)), OrchestratorSettings.defaults());
        withHost.startServer();

        HealthCheckUseCase.HealthReport report = withHost.healthCheck();

        assertThat(report.healthy()).as(report.toString()).isTrue();
        assertThat(report.checks()).extracting(HealthCheckUseCase.Check::name).containsExactly("database", "schema",
                "integrity", "disk", "memory", "uptime", "lifecycle", "expired_claims");
        assertThat(report.checks().get(3).figure()).isEqualTo("10,240 MiB free");
    }

    @Test
    void givenAFullDiskANearlyFullHeapAndAStoppedServer_whenHealthIsChecked_thenUnhealthyNamingEachFailure() {
        Orchestrator sick = Orchestrator.create(store.orchestratorPorts(RoleCatalog.builtIn())
                .withHost(host(5L * 1024 * 1024, 950, 1000)), OrchestratorSettings.defaults());

        HealthCheckUseCase.HealthReport report = sick.healthCheck();

        assertThat(report.healthy()).isFalse();
        assertThat(report.failed()).containsExactly("disk", "memory", "lifecycle");
    }

    @Test
    void givenNoHostProbe_whenHealthIsChecked_thenOnlyTheStoreAndLifecycleChecksAreMade() {
        orchestrator.startServer();

        assertThat(orchestrator.healthCheck().checks()).extracting(HealthCheckUseCase.Check::name)
                .doesNotContain("disk", "memory", "uptime").contains("database", "lifecycle");
    }

    private static HostProbe host(long freeDisk, long heapUsed, long heapMax) {
        return new HostProbe() {
            @Override
            public long freeDiskBytes() {
                return freeDisk;
            }

            @Override
            public long heapUsedBytes() {
                return heapUsed;
            }

            @Override
            public long heapMaxBytes() {
                return heapMax;
            }

            @Override
            public Duration uptime() {
                return Duration.ofMinutes(3);
            }
        };
    }


    @Test
    void givenMaintenanceMode_whenAWriteIsTried_thenItIsRefusedRetryablyWhileReadsWorkAndWritesResumeAfterTheStart() {
        orchestrator.startServer();
        TaskId id = plan(leaf("a", "A")).rootId();

        assertThat(orchestrator.advanceShutdown()).isEqualTo(LifecyclePhase.MAINTENANCE_MODE);

        var before = store.database().contents();
        var refused = org.assertj.core.api.Assertions.catchThrowableOfType(
                dev.taskorchestrator.domain.common.OrchestratorException.class,
                () -> orchestrator.executeTask(new dev.taskorchestrator.application.port.in.ExecuteTaskUseCase.Command(
                        id, "agent", false)));
        assertThat(refused.code()).isEqualTo(ErrorCode.UNAVAILABLE);
        assertThat(refused.retryable()).isTrue();
        assertThat(store.database().contents()).as("nothing changed").isEqualTo(before);
        assertThat(refused.getMessage()).contains("maintenance", "retry");
        assertThat(orchestrator.getTask(id).task().status()).as("reads work").isEqualTo(TaskStatus.PENDING);

        orchestrator.stopServer();
        orchestrator.startServer();
        assertThat(execute(id, "agent").status()).isEqualTo(TaskStatus.IN_PROGRESS);
    }
}

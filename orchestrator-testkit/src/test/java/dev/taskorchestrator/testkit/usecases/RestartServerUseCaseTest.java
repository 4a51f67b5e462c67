package dev.taskorchestrator.testkit.usecases;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.taskorchestrator.application.port.in.ExecuteTaskUseCase;
import dev.taskorchestrator.application.port.in.LifecycleStatusUseCase;
import dev.taskorchestrator.application.port.in.RestartServerUseCase;
import dev.taskorchestrator.application.port.in.StartServerUseCase;
import dev.taskorchestrator.application.port.out.RoleCatalog;
import dev.taskorchestrator.application.port.out.ServerRuntime;
import dev.taskorchestrator.application.service.Orchestrator;
import dev.taskorchestrator.application.service.OrchestratorSettings;
import dev.taskorchestrator.domain.common.ErrorCode;
import dev.taskorchestrator.domain.common.OrchestratorException;
import dev.taskorchestrator.domain.reboot.InstanceId;
import dev.taskorchestrator.domain.reboot.LifecyclePhase;
import dev.taskorchestrator.domain.reboot.PhaseTiming;
import dev.taskorchestrator.domain.reboot.RestartReason;
import dev.taskorchestrator.domain.reboot.RestartRecord;
import dev.taskorchestrator.domain.task.TaskStatus;
import dev.taskorchestrator.testkit.fixtures.FakeHost;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The restart walked by the core over a runtime that records what it is asked to do. */
class RestartServerUseCaseTest extends UseCaseTest {

    private static final RestartServerUseCase.Command RESTART = new RestartServerUseCase.Command(true, true,
            Duration.ofSeconds(10), RestartReason.CONFIGURATION_UPDATE);

    private final FakeHost host = FakeHost.machine("host-a", 100);
    private final Runtime runtime = new Runtime();
    private Orchestrator server;
    private InstanceId self;

    /** The process around the core: each step it is asked for is logged; a step may be made to fail. */
    private final class Runtime implements ServerRuntime {
        final List<String> steps = new ArrayList<>();
        Optional<String> failAt = Optional.empty();
        Runnable duringDrain = () -> { };
        boolean open = true;
        Orchestrator reopened;

        private void step(String name) {
            steps.add(name);
            if (failAt.filter(name::equals).isPresent()) {
                throw new OrchestratorException(ErrorCode.UNAVAILABLE, name + " failed");
            }
        }

        @Override
        public Activity activity() {
            return new Activity(3, 2, "test");
        }

        @Override
        public int drain(Duration timeout) {
            step("drain");
            duringDrain.run();
            return 0;
        }

        @Override
        public void checkpoint() {
            step("checkpoint");
        }

        @Override
        public void closeStore() {
            step("close");
            open = false;
        }

        @Override
        public boolean storeOpen() {
            return open;
        }

        @Override
        public void reopenStore() {
            step("reopen");
            open = true;
            reopened = core();
        }

        @Override
        public RestartRecord startReopened(Continuation restart) {
            step("start");
            return reopened.startServer(StartServerUseCase.Command.continuing(restart)).restart();
        }
    }

    private Orchestrator core() {
        return Orchestrator.create(store.orchestratorPorts(RoleCatalog.builtIn()).withHost(host).withRuntime(runtime),
                OrchestratorSettings.defaults());
    }

    @BeforeEach
    void startTheServer() {
        server = core();
        self = server.startServer().instance();
    }

    private static List<LifecyclePhase> phases(List<PhaseTiming> timings) {
        return timings.stream().map(PhaseTiming::phase).toList();
    }

    @Test
    void givenARunningServer_whenRestarted_thenEveryPhaseDoesItsWorkAndTheSameInstanceRunsOnANewCore() {
        RestartServerUseCase.Report report = server.restartServer(RESTART);

        assertThat(report.success()).isTrue();
        assertThat(runtime.steps).containsExactly("drain", "checkpoint", "close", "reopen", "start");
        assertThat(phases(report.phases())).containsExactly(LifecyclePhase.MAINTENANCE_MODE,
                LifecyclePhase.SUSPENDING_TASKS, LifecyclePhase.SERIALIZING_STATE, LifecyclePhase.CLOSING_CONNECTIONS,
                LifecyclePhase.FINALIZING, LifecyclePhase.STOPPED, LifecyclePhase.RESTORING_DATABASE,
                LifecyclePhase.RUNNING);
        var status = runtime.reopened.lifecycleStatus(new LifecycleStatusUseCase.Query(50));
        assertThat(status.self().orElseThrow().id()).isEqualTo(self);
        assertThat(status.self().orElseThrow().lifecycle().phase()).isEqualTo(LifecyclePhase.RUNNING);
        assertThat(status.self().orElseThrow().lifecycle().restarts()).isEqualTo(2);
        assertThat(status.instances()).as("a restart in place is no new instance").hasSize(1);
        RestartRecord recorded = status.restarts().get(0);
        assertThat(recorded.kind()).isEqualTo(RestartRecord.Kind.RESTART);
        assertThat(recorded.reason()).contains(RestartReason.CONFIGURATION_UPDATE);
        assertThat(recorded.succeeded()).isTrue();
        assertThat(recorded.phases()).isEqualTo(report.phases());
        assertThat(execute(plan(leaf("a", "A")).rootId(), "agent-1").status()).as("writes work again")
                .isEqualTo(TaskStatus.IN_PROGRESS);
    }

    @Test
    void givenNeitherGraceNorACheckpoint_whenRestarted_thenNeitherIsDone() {
        server.restartServer(new RestartServerUseCase.Command(false, false, Duration.ofSeconds(10),
                RestartReason.MANUAL_REQUEST));

        assertThat(runtime.steps).containsExactly("close", "reopen", "start");
    }

    @Test
    void givenMaintenanceMode_whenAWriteIsTriedDuringTheDrain_thenItIsRefusedRetryablyWhileReadsWork() {
        var id = plan(leaf("a", "A")).rootId();
        AtomicReference<OrchestratorException> refused = new AtomicReference<>();
        AtomicReference<TaskStatus> read = new AtomicReference<>();
        runtime.duringDrain = () -> {
            refused.set(catchThrowableOfType(OrchestratorException.class, () -> server.executeTask(
                    new ExecuteTaskUseCase.Command(id, AGENT, false))));
            read.set(server.getTask(id).task().status());
        };

        server.restartServer(RESTART);

        assertThat(refused.get().code()).isEqualTo(ErrorCode.UNAVAILABLE);
        assertThat(refused.get().retryable()).isTrue();
        assertThat(refused.get().getMessage()).contains("maintenance", "retry");
        assertThat(read.get()).as("reads work").isEqualTo(TaskStatus.PENDING);
        assertThat(task(id).status()).isEqualTo(TaskStatus.PENDING);
    }

    @Test
    void givenACheckpointThatFails_whenRestarted_thenTheServerGoesOnAsItWasWithTheFailureRecorded() {
        runtime.failAt = Optional.of("checkpoint");

        RestartServerUseCase.Report report = server.restartServer(RESTART);

        assertThat(report.success()).isFalse();
        assertThat(report.error()).hasValueSatisfying(error -> assertThat(error).contains("goes on as it was"));
        assertThat(runtime.steps).containsExactly("drain", "checkpoint");
        var status = server.lifecycleStatus(new LifecycleStatusUseCase.Query(50));
        assertThat(status.self().orElseThrow().lifecycle().phase()).isEqualTo(LifecyclePhase.RUNNING);
        assertThat(status.history()).extracting(entry -> entry.record().phase()).contains(LifecyclePhase.FAILED);
        RestartRecord recorded = status.restarts().get(0);
        assertThat(recorded.succeeded()).isFalse();
        assertThat(recorded.error()).hasValueSatisfying(error -> assertThat(error).contains("checkpoint failed"));
        assertThat(execute(plan(leaf("a", "A")).rootId(), "agent-1").status()).as("writes work again")
                .isEqualTo(TaskStatus.IN_PROGRESS);
    }

    @Test
    void givenAStoreThatCannotBeReopened_whenRestarted_thenItSaysSoAndTheNextRestartReopensIt() {
        runtime.failAt = Optional.of("reopen");

        RestartServerUseCase.Report failed = server.restartServer(RESTART);

        assertThat(failed.success()).isFalse();
        assertThat(failed.error()).hasValueSatisfying(error -> assertThat(error).contains("could not be reopened"));
        runtime.failAt = Optional.empty();
        runtime.steps.clear();

        runtime.failAt = Optional.of("reopen");
        RestartServerUseCase.Report stillClosed = server.restartServer(RESTART);
        assertThat(stillClosed.error()).as("the store stays closed: no going on as it was")
                .hasValueSatisfying(error -> assertThat(error).contains("could not be reopened")
                        .doesNotContain("goes on as it was"));
        runtime.failAt = Optional.empty();
        runtime.steps.clear();

        RestartServerUseCase.Report again = server.restartServer(RESTART);

        assertThat(again.success()).isTrue();
        assertThat(runtime.steps).as("the store is already closed").containsExactly("reopen", "start");
    }

    @Test
    void givenAServerAnotherStartTookForDead_whenRestarted_thenItCannotBeginAndNothingIsClosed() {
        clock.advance(OrchestratorSettings.DEFAULT_SILENT_AFTER.plusSeconds(1));
        assertThat(store.orchestrator(FakeHost.machine("host-b", 7)).startServer().recovered()).hasSize(1);

        RestartServerUseCase.Report report = server.restartServer(RESTART);

        assertThat(report.success()).isFalse();
        assertThat(report.phases()).isEmpty();
        assertThat(report.error()).hasValueSatisfying(error -> assertThat(error).contains("could not begin",
                "cannot shut down while failed", "took it for dead"));
        assertThat(runtime.steps).as("neither drained nor closed").isEmpty();
        assertThat(runtime.open).isTrue();
    }

    @Test
    void givenACoreWithoutAServerAroundIt_whenRestarted_thenIllegalStateNamingTheReason() {
        assertRefused(ErrorCode.ILLEGAL_STATE, "reason", () -> orchestrator.restartServer(RESTART));
    }
}

package dev.taskorchestrator.testkit.usecases;

import static org.assertj.core.api.Assertions.assertThat;

import dev.taskorchestrator.application.port.in.ShutdownReadinessUseCase.Readiness;
import dev.taskorchestrator.application.port.in.ShutdownReadinessUseCase;
import dev.taskorchestrator.application.port.out.RoleCatalog;
import dev.taskorchestrator.application.port.out.ServerRuntime;
import dev.taskorchestrator.application.service.Orchestrator;
import dev.taskorchestrator.application.service.OrchestratorSettings;
import dev.taskorchestrator.domain.reboot.RestartRecord;
import dev.taskorchestrator.domain.task.TaskId;
import java.time.Duration;
import org.junit.jupiter.api.Test;

/** Whether a shutdown now would interrupt work, decided in the core from the tasks, the store and the transport. */
class ShutdownReadinessUseCaseTest extends UseCaseTest {

    /** A transport with {@code calls} in flight and {@code clients} connected; nothing else is used. */
    private static ServerRuntime transport(int calls, int clients) {
        return new ServerRuntime() {
            @Override
            public Activity activity() {
                return new Activity(calls, clients, "stdio");
            }

            @Override
            public int drain(Duration timeout) {
                throw new AssertionError("not part of the check");
            }

            @Override
            public void checkpoint() {
                throw new AssertionError("not part of the check");
            }

            @Override
            public void closeStore() {
                throw new AssertionError("not part of the check");
            }

            @Override
            public boolean storeOpen() {
                return true;
            }

            @Override
            public void reopenStore() {
                throw new AssertionError("not part of the check");
            }

            @Override
            public RestartRecord startReopened(Continuation restart) {
                throw new AssertionError("not part of the check");
            }
        };
    }

    private Orchestrator behind(ServerRuntime runtime) {
        return Orchestrator.create(store.orchestratorPorts(RoleCatalog.builtIn()).withRuntime(runtime),
                OrchestratorSettings.defaults());
    }

    @Test
    void givenNothingInProgressAndOneQuietClient_whenChecked_thenReady() {
        Readiness readiness = behind(transport(1, 1)).shutdownReadiness(ShutdownReadinessUseCase.Query.ALL);

        assertThat(readiness.ready()).as(readiness.toString()).isTrue();
        assertThat(readiness.activeTasks().orElseThrow().inProgress()).isZero();
        assertThat(readiness.database().orElseThrow()).extracting(check -> check.name()).containsExactly("database",
                "integrity");
        assertThat(readiness.connections().orElseThrow().transport()).isEqualTo("stdio");
    }

    @Test
    void givenWorkInProgressOtherCallsAndOtherClients_whenChecked_thenEachIsNamedAsBlocking() {
        TaskId held = plan(leaf("a", "A")).rootId();
        execute(held, "agent-1");

        Readiness readiness = behind(transport(3, 2)).shutdownReadiness(ShutdownReadinessUseCase.Query.ALL);

        assertThat(readiness.ready()).isFalse();
        assertThat(readiness.blocking()).containsExactly("1 task(s) in progress would lose their agents' attention",
                "2 other call(s) in flight", "1 other client(s) connected");
        assertThat(readiness.activeTasks().orElseThrow().tasks()).extracting(task -> task.id()).containsExactly(held);
    }

    @Test
    void givenChecksLeftOut_whenChecked_thenTheyNeitherAppearNorBlock() {
        execute(plan(leaf("a", "A")).rootId(), "agent-1");

        Readiness readiness = behind(transport(3, 2)).shutdownReadiness(
                new ShutdownReadinessUseCase.Query(false, true, false));

        assertThat(readiness.ready()).isTrue();
        assertThat(readiness.activeTasks()).isEmpty();
        assertThat(readiness.connections()).isEmpty();
    }

    @Test
    void givenACoreCalledInProcess_whenChecked_thenItIsItsOnlyCallAndHasNoClient() {
        Readiness readiness = orchestrator.shutdownReadiness(ShutdownReadinessUseCase.Query.ALL);

        assertThat(readiness.connections().orElseThrow()).isEqualTo(
                new ShutdownReadinessUseCase.Connections("in-process", 0, 0));
        assertThat(readiness.ready()).isTrue();
    }
}

package dev.taskorchestrator.application.service;

import dev.taskorchestrator.application.port.in.RestartServerUseCase;
import dev.taskorchestrator.application.port.in.StartServerUseCase;
import dev.taskorchestrator.application.port.out.ServerRuntime;
import dev.taskorchestrator.domain.common.OrchestratorException;
import dev.taskorchestrator.domain.reboot.InstanceId;
import dev.taskorchestrator.domain.reboot.LifecyclePhase;
import dev.taskorchestrator.domain.reboot.PhaseTiming;
import dev.taskorchestrator.domain.reboot.RestartRecord;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The restart's story: the shutdown phases, each doing its work on the runtime (drain the calls in
 * flight in maintenance, checkpoint while serializing the state, close the store once stopped), then
 * the store reopened and a new core started on it. A failure before the store closed resumes this core.
 */
final class RestartServerService implements RestartServerUseCase {

    private final ThisServer server;
    private final Shutdown shutdown;
    private final StartServerUseCase start;
    private final Optional<ServerRuntime> runtime;
    private final Clock clock;

    RestartServerService(ThisServer server, Shutdown shutdown, StartServerUseCase start, Optional<ServerRuntime> runtime,
            Clock clock) {
        this.server = server;
        this.shutdown = shutdown;
        this.start = start;
        this.runtime = runtime;
        this.clock = clock;
    }

    @Override
    public synchronized Report restart(Command command) {
        ServerRuntime process = runtime.orElseThrow(() -> OrchestratorException.illegalState("reason", "only a "
                + "running MCP server can restart itself; this orchestrator runs inside another program"));
        InstanceId self = server.id().orElseThrow(() -> OrchestratorException.illegalState("reason",
                "the server has not started yet; retry in a moment"));
        Instant began = clock.instant();
        List<PhaseTiming> phases = new ArrayList<>();
        boolean closed = !process.storeOpen();
        boolean reopened = false;
        try {
            LifecyclePhase phase = closed ? LifecyclePhase.STOPPED : null;
            while (phase != LifecyclePhase.STOPPED) {
                Instant entered = clock.instant();
                phase = shutdown.advance();
                phases.add(new PhaseTiming(phase, Duration.ZERO));
                if (phase == LifecyclePhase.MAINTENANCE_MODE && command.graceful()) {
                    process.drain(command.timeout());
                }
                if (phase == LifecyclePhase.SERIALIZING_STATE && command.preserveState()) {
                    process.checkpoint();
                }
                if (phase == LifecyclePhase.STOPPED) {
                    process.closeStore();
                    closed = true;
                }
                phases.set(phases.size() - 1, new PhaseTiming(phase, Duration.between(entered, clock.instant())));
            }
            Instant reopening = clock.instant();
            process.reopenStore();
            reopened = true;
            phases.add(new PhaseTiming(LifecyclePhase.RESTORING_DATABASE, Duration.between(reopening, clock.instant())));
            RestartRecord restarted = process.startReopened(new ServerRuntime.Continuation(self, command.reason(), began,
                    phases));
            return new Report(true, restarted.phases(), restarted.took(), Optional.empty());
        } catch (RuntimeException failure) {
            Duration took = Duration.between(began, clock.instant());
            String why = failure instanceof OrchestratorException known ? known.getMessage() : "an unexpected failure";
            if (!closed && phases.isEmpty()) {
                // Not even maintenance was entered: the server runs as it did, its gate open again.
                return new Report(false, phases, took, Optional.of("the restart could not begin (" + why
                        + "); the server goes on as it was"));
            }
            if (closed) {
                return new Report(false, phases, took, Optional.of((reopened ? "the database was reopened but the "
                        + "server could not start on it" : "the restart failed; the database could not be reopened")
                        + " (" + why + "): call orchestrator_restart_server again once the cause is fixed (the "
                        + "server's log says more)"));
            }
            return new Report(false, phases, took, Optional.of("the restart failed before the database was closed ("
                    + why + "); " + resume(new ServerRuntime.Continuation(self, command.reason(), began, phases),
                            why)));
        }
    }

    /** The old store is still open: this core goes on with it, its record saying why the restart failed. */
    private String resume(ServerRuntime.Continuation restart, String why) {
        try {
            start.start(StartServerUseCase.Command.resumingAfter(restart, "the restart failed: " + why));
            return "the server goes on as it was";
        } catch (RuntimeException alsoFailed) {
            return "and the server could not resume (" + (alsoFailed instanceof OrchestratorException known
                    ? known.getMessage() : "an unexpected failure") + "): restart it";
        }
    }
}

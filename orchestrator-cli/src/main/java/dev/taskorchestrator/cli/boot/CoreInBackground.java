package dev.taskorchestrator.cli.boot;

import dev.taskorchestrator.application.port.in.RestartServerUseCase;
import dev.taskorchestrator.application.port.out.RoleCatalog;
import dev.taskorchestrator.application.service.Orchestrator;
import dev.taskorchestrator.application.service.OrchestratorSettings;
import dev.taskorchestrator.domain.common.ErrorCode;
import dev.taskorchestrator.domain.common.OrchestratorException;
import dev.taskorchestrator.domain.reboot.LifecyclePhase;
import dev.taskorchestrator.persistence.DatabaseSettings;
import dev.taskorchestrator.persistence.OrchestratorDatabase;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.IntSupplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The database and the orchestrator on it, opened on a thread of their own while the server
 * already answers {@code initialize}: opening and migrating takes longer than the rest of the
 * start together. A call that needs the core waits for it; if it could not be opened, every such
 * call gets the reason (the server stays up, so the agent sees it rather than a dead process).
 * It also restarts them in-process: the server and its clients stay, the core is rebuilt.
 */
final class CoreInBackground implements RestartServerUseCase {

    private static final Logger LOG = LoggerFactory.getLogger(CoreInBackground.class);
    private static final Duration OPENING_GRACE = Duration.ofSeconds(1);
    private static final Duration DRAIN_POLL = Duration.ofMillis(10);

    private final DatabaseSettings settings;
    private final RoleCatalog roles;
    private final Path workspace;
    private final OrchestratorSettings tunables;
    private final IntSupplier callsInFlight;
    private final Clock clock = Clock.systemUTC();
    private volatile CompletableFuture<OrchestratorDatabase> database;
    private volatile CompletableFuture<Orchestrator> orchestrator;

    private CoreInBackground(DatabaseSettings settings, RoleCatalog roles, Path workspace,
            OrchestratorSettings tunables, IntSupplier callsInFlight) {
        this.callsInFlight = callsInFlight;
        this.settings = settings;
        this.roles = roles;
        this.workspace = workspace;
        this.tunables = tunables;
    }

    /** @param callsInFlight the calls the transport is handling, the asking one included */
    static CoreInBackground open(DatabaseSettings settings, RoleCatalog roles, Path workspace,
            OrchestratorSettings tunables, IntSupplier callsInFlight) {
        CoreInBackground core = new CoreInBackground(settings, roles, workspace, tunables, callsInFlight);
        CompletableFuture<OrchestratorDatabase> opening = new CompletableFuture<>();
        Thread opener = new Thread(() -> {
            try {
                opening.complete(OrchestratorDatabase.open(settings));
            } catch (RuntimeException | Error failure) {
                opening.completeExceptionally(failure);
            }
        }, "orchestrator-open-database");
        opener.setDaemon(true);
        opener.start();
        core.database = opening;
        core.orchestrator = opening.thenApply(core::startedOn);
        opening.whenComplete((open, failure) -> {
            if (failure != null) {
                LOG.error("the database could not be opened: {}", cause(failure).getMessage());
            }
        });
        return core;
    }

    /** The orchestrator on an open database, its start recorded; a run that died is recovered from. */
    private Orchestrator startedOn(OrchestratorDatabase open) {
        Orchestrator created = Orchestrator.create(open.orchestratorPorts(roles, open.templates(List.of(), clock), clock)
                .withHost(new JvmHost(workspace)), tunables);
        var report = created.startServer();
        if (report.recovered()) {
            LOG.warn("the previous run ended without a clean stop (while {}); recovered: {} expired claim(s) back to "
                    + "pending", report.previousPhase().wire(), report.releasedClaims().size());
        }
        return created;
    }

    Orchestrator orchestrator() {
        try {
            return orchestrator.join();
        } catch (CompletionException | CancellationException failure) {
            Throwable cause = cause(failure);
            // Not retryable: the server opens its database once; the log has the driver's own words.
            throw cause instanceof OrchestratorException refused ? refused
                    : new OrchestratorException(ErrorCode.ILLEGAL_STATE, "the database could not be opened; the"
                            + " server's log says why. Fix it and restart the server.");
        }
    }

    /**
     * The shutdown phases on the running core, each recorded and timed (a graceful one waits in
     * maintenance for the calls in flight, a checkpoint in serializing_state, the close after
     * stopped), then a new core on a reopened, migrated database, whose start records the restart
     * phases. Over stdio calls are handled one at a time, so the wait usually ends at once.
     */
    @Override
    public synchronized Report restart(Command command) {
        long began = System.nanoTime();
        List<PhaseTiming> phases = new ArrayList<>();
        Optional<Orchestrator> running = current();
        OrchestratorDatabase open = running.isPresent() ? database.join() : null;
        boolean closed = running.isEmpty();
        try {
            if (running.isPresent()) {
                LifecyclePhase phase;
                do {
                    long start = System.nanoTime();
                    phase = running.get().advanceShutdown();
                    if (phase == LifecyclePhase.MAINTENANCE_MODE && command.graceful()) {
                        drain(command.timeout());
                    }
                    if (phase == LifecyclePhase.SERIALIZING_STATE && command.preserveState()) {
                        open.checkpoint();
                    }
                    if (phase == LifecyclePhase.STOPPED) {
                        open.close();
                        closed = true;
                    }
                    phases.add(new PhaseTiming(phase, since(start)));
                } while (phase != LifecyclePhase.STOPPED);
            }
            long reopening = System.nanoTime();
            OrchestratorDatabase reopened = OrchestratorDatabase.open(settings);
            phases.add(new PhaseTiming(LifecyclePhase.RESTORING_DATABASE, since(reopening)));
            long resuming = System.nanoTime();
            Orchestrator restarted;
            try {
                restarted = startedOn(reopened);
            } catch (RuntimeException failure) {
                reopened.close();
                throw failure;
            }
            phases.add(new PhaseTiming(LifecyclePhase.RUNNING, since(resuming)));
            database = CompletableFuture.completedFuture(reopened);
            orchestrator = CompletableFuture.completedFuture(restarted);
            LOG.info("restarted in-process ({}) in {} ms", command.reason().wire(), since(began).toMillis());
            return new Report(true, phases, since(began), Optional.empty());
        } catch (RuntimeException failure) {
            LOG.error("the restart failed", failure);
            if (!closed) {
                // The old database is still open: the server goes on with it rather than not at all.
                resumeAfterFailedRestart(running.get());
            } else {
                orchestrator = CompletableFuture.failedFuture(failure);
            }
            return new Report(false, phases, since(began), Optional.of("the restart failed" + (closed
                    ? "; the database could not be reopened: call orchestrator_restart_server again once the cause "
                            + "is fixed (the server's log says why)"
                    : " before the database was closed; the server goes on as it was")));
        }
    }

    /** The core as it is, if it opened; a restart after a failed one starts from a closed database. */
    private Optional<Orchestrator> current() {
        try {
            return Optional.of(orchestrator.join());
        } catch (CompletionException | CancellationException failedBefore) {
            return Optional.empty();
        }
    }

    private static void resumeAfterFailedRestart(Orchestrator old) {
        try {
            old.startServer();
        } catch (RuntimeException failure) {
            LOG.error("the server could not resume after the failed restart", failure);
        }
    }

    /** Waits, up to {@code timeout}, for the calls in flight beside the restart itself to end. */
    private void drain(Duration timeout) {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (callsInFlight.getAsInt() > 1 && System.nanoTime() < deadline) {
            try {
                Thread.sleep(DRAIN_POLL.toMillis());
            } catch (InterruptedException interrupted) {
                Thread.currentThread().interrupt();
                return;
            }
        }
        if (callsInFlight.getAsInt() > 1) {
            LOG.warn("{} call(s) still in flight after {} s; restarting anyway", callsInFlight.getAsInt() - 1,
                    timeout.toSeconds());
        }
    }

    private static Duration since(long startNanos) {
        return Duration.ofNanos(System.nanoTime() - startNanos);
    }

    /**
     * Records the clean stop and closes the database, waiting a moment for one still opening (a
     * first start migrates it) rather than leaving the process to end in the middle of it.
     */
    synchronized void close() {
        try {
            // The core, not just the database: its start must be recorded before the stop can be.
            Orchestrator started = orchestrator.get(OPENING_GRACE.toMillis(), TimeUnit.MILLISECONDS);
            recordStop(started);
            database.join().close();
        } catch (TimeoutException stillOpening) {
            LOG.warn("the database was still opening at exit");
        } catch (ExecutionException | CancellationException failedToStart) {
            database.thenAccept(OrchestratorDatabase::close);
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
        }
    }

    private static void recordStop(Orchestrator started) {
        try {
            started.stopServer();
        } catch (RuntimeException failure) {
            LOG.warn("the stop could not be recorded: {}", failure.getMessage());
        }
    }

    private static Throwable cause(Throwable failure) {
        return failure instanceof CompletionException && failure.getCause() != null ? failure.getCause() : failure;
    }
}

package dev.taskorchestrator.cli.boot;

import dev.taskorchestrator.application.port.in.RestartServerUseCase;
import dev.taskorchestrator.application.port.in.StartServerUseCase;
import dev.taskorchestrator.application.port.out.RoleCatalog;
import dev.taskorchestrator.application.port.out.ServerRuntime;
import dev.taskorchestrator.application.port.out.TemplateCatalog;
import dev.taskorchestrator.application.service.Orchestrator;
import dev.taskorchestrator.application.service.OrchestratorSettings;
import dev.taskorchestrator.domain.common.ErrorCode;
import dev.taskorchestrator.domain.common.OrchestratorException;
import dev.taskorchestrator.domain.reboot.RestartRecord;
import dev.taskorchestrator.persistence.DatabaseSettings;
import dev.taskorchestrator.persistence.OrchestratorDatabase;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The database and the orchestrator on it, opened on a thread of their own while the server
 * already answers {@code initialize}: opening and migrating takes longer than the rest of the
 * start together. A call that needs the core waits for it; if it could not be opened, every such
 * call gets the reason (the server stays up, so the agent sees it rather than a dead process).
 * It is also the server runtime the core's restart walks (drain, checkpoint, close, reopen), and it
 * keeps the instance's heartbeat going.
 */
final class CoreInBackground implements ServerRuntime {

    private static final Logger LOG = LoggerFactory.getLogger(CoreInBackground.class);
    private static final Duration OPENING_GRACE = Duration.ofSeconds(1);
    private static final Duration DRAIN_POLL = Duration.ofMillis(10);

    private final DatabaseSettings settings;
    private final RoleCatalog roles;
    private final Path workspace;
    private final OrchestratorSettings tunables;
    private final Supplier<Activity> activity;
    private final ScheduledExecutorService heartbeat = Executors.newSingleThreadScheduledExecutor(task -> {
        Thread thread = new Thread(task, "orchestrator-heartbeat");
        thread.setDaemon(true);
        return thread;
    });
    private volatile CompletableFuture<OrchestratorDatabase> database;
    private volatile CompletableFuture<Orchestrator> orchestrator;
    /** The core that last started: a restart is asked of it, even after a restart closed its store. */
    private final TemplateCatalog templates;
    private volatile Orchestrator restartable;
    /** Set once the process began to stop: no restart begins after it. */
    private volatile boolean closing;
    private OrchestratorDatabase reopened;
    private Orchestrator reopenedCore;

    private CoreInBackground(DatabaseSettings settings, RoleCatalog roles, Path workspace, OrchestratorSettings tunables,
            Supplier<Activity> activity, TemplateCatalog templates) {
        this.templates = templates;
        this.settings = settings;
        this.roles = roles;
        this.workspace = workspace;
        this.tunables = tunables;
        this.activity = activity;
    }

    /** @param activity what the transport can tell of its traffic */
    static CoreInBackground open(DatabaseSettings settings, RoleCatalog roles, Path workspace,
            OrchestratorSettings tunables, Supplier<Activity> activity, TemplateCatalog templates) {
        CoreInBackground core = new CoreInBackground(settings, roles, workspace, tunables, activity, templates);
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
        core.orchestrator = opening.thenApply(open -> core.started(open, core.coreOn(open)));
        opening.whenComplete((open, failure) -> {
            if (failure != null) {
                LOG.error("the database could not be opened: {}", cause(failure).getMessage());
            }
        });
        long beat = tunables.heartbeat().toMillis();
        core.heartbeat.scheduleWithFixedDelay(core::beat, beat, beat, TimeUnit.MILLISECONDS);
        return core;
    }

    private Orchestrator coreOn(OrchestratorDatabase open) {
        return Orchestrator.create(Cores.ports(open, roles, workspace, templates).withRuntime(this), tunables);
    }

    /** The process's own start: its instance registered, the instances found dead recovered. */
    private Orchestrator started(OrchestratorDatabase open, Orchestrator created) {
        StartServerUseCase.StartReport report;
        try {
            report = created.startServer();
        } catch (RuntimeException failure) {
            LOG.error("the server could not start", failure);
            throw failure instanceof OrchestratorException refused ? refused
                    : new OrchestratorException(ErrorCode.ILLEGAL_STATE, "the server could not start; its log says"
                            + " why. Fix it and restart the server.");
        }
        logged(report);
        restartable = created;
        return created;
    }

    private static void logged(StartServerUseCase.StartReport report) {
        report.recovered().forEach(dead -> LOG.warn("{} ended without a clean stop (while {}); recovered",
                dead.describe(), dead.lifecycle().phase().wire()));
        if (!report.recovered().isEmpty()) {
            LOG.warn("{} expired claim(s) back to pending; integrity check: {}", report.releasedClaims().size(),
                    report.integrity().orElse("-"));
        }
        LOG.info("serving as instance {}", report.instance());
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
     * The restart of the core that last started; before any did, the reason none could. One at a
     * time, and none once the process stops: a restart and the stop would close one database twice.
     */
    RestartServerUseCase restarts() {
        return command -> {
            synchronized (this) {
                if (closing) {
                    throw new OrchestratorException(ErrorCode.ILLEGAL_STATE, "the server is stopping; it cannot"
                            + " restart now");
                }
                Orchestrator core = restartable;
                return (core != null ? core : orchestrator()).restartServer(command);
            }
        };
    }

    private void beat() {
        try {
            if (storeOpen()) {
                Orchestrator core = orchestrator.join();
                core.heartbeat().ifPresent(again -> {
                    LOG.warn("another start took this server for dead (a long pause?); it registered again");
                    logged(again);
                });
            }
        } catch (RuntimeException missed) {
            // A beat missed while the store restarts or is busy; the next one follows.
            LOG.debug("heartbeat missed: {}", missed.getMessage());
        }
    }

    @Override
    public Activity activity() {
        return activity.get();
    }

    /** Over stdio calls are handled one at a time, so the wait usually ends at once. */
    @Override
    public int drain(Duration timeout) {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (others() > 0 && System.nanoTime() < deadline) {
            try {
                Thread.sleep(DRAIN_POLL.toMillis());
            } catch (InterruptedException interrupted) {
                Thread.currentThread().interrupt();
                break;
            }
        }
        int left = others();
        if (left > 0) {
            LOG.warn("{} call(s) still in flight after {} s; restarting anyway", left, timeout.toSeconds());
        }
        return left;
    }

    private int others() {
        return activity.get().otherCalls();
    }

    @Override
    public void checkpoint() {
        database.join().checkpoint();
    }

    @Override
    public synchronized void closeStore() {
        orchestrator = CompletableFuture.failedFuture(new OrchestratorException(ErrorCode.UNAVAILABLE,
                "the server is restarting; retry in a moment"));
        database.join().close();
    }

    @Override
    public boolean storeOpen() {
        // Open exactly while a started core is there: a restart and a failed start each replace it.
        CompletableFuture<Orchestrator> core = orchestrator;
        return core.isDone() && !core.isCompletedExceptionally();
    }

    @Override
    public synchronized void reopenStore() {
        reopened = null;
        try {
            reopened = OrchestratorDatabase.open(settings);
            reopenedCore = coreOn(reopened);
        } catch (RuntimeException failure) {
            LOG.error("the restart could not reopen the database", failure);
            if (reopened != null) {
                reopened.close();
            }
            orchestrator = CompletableFuture.failedFuture(failure);
            throw failure;
        }
    }

    @Override
    public synchronized RestartRecord startReopened(Continuation restart) {
        RestartRecord record;
        try {
            record = reopenedCore.startServer(StartServerUseCase.Command.continuing(restart)).restart();
        } catch (RuntimeException failure) {
            LOG.error("the restarted server could not start", failure);
            reopened.close();
            orchestrator = CompletableFuture.failedFuture(failure);
            throw failure;
        }
        database = CompletableFuture.completedFuture(reopened);
        orchestrator = CompletableFuture.completedFuture(reopenedCore);
        restartable = reopenedCore;
        LOG.info("restarted in-process ({}) in {} ms", restart.reason().wire(), record.took().toMillis());
        return record;
    }

    /**
     * Records the clean stop and closes the database, waiting a moment for one still opening (a
     * first start migrates it) rather than leaving the process to end in the middle of it.
     */
    synchronized void close() {
        closing = true;
        heartbeat.shutdownNow();
        try {
            // A beat under way finishes before the store it writes to closes.
            heartbeat.awaitTermination(OPENING_GRACE.toMillis(), TimeUnit.MILLISECONDS);
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

package dev.taskorchestrator.cli.boot;

import dev.taskorchestrator.application.port.out.RoleCatalog;
import dev.taskorchestrator.application.service.Orchestrator;
import dev.taskorchestrator.domain.common.ErrorCode;
import dev.taskorchestrator.domain.common.OrchestratorException;
import dev.taskorchestrator.persistence.DatabaseSettings;
import dev.taskorchestrator.persistence.OrchestratorDatabase;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The database and the orchestrator on it, opened on a thread of their own while the server
 * already answers {@code initialize}: opening and migrating takes longer than the rest of the
 * start together. A call that needs the core waits for it; if it could not be opened, every such
 * call gets the reason (the server stays up, so the agent sees it rather than a dead process).
 */
final class CoreInBackground {

    private static final Logger LOG = LoggerFactory.getLogger(CoreInBackground.class);
    private static final Duration OPENING_GRACE = Duration.ofSeconds(1);

    private final CompletableFuture<OrchestratorDatabase> database;
    private final CompletableFuture<Orchestrator> orchestrator;

    private CoreInBackground(CompletableFuture<OrchestratorDatabase> database, RoleCatalog roles, Path workspace) {
        this.database = database;
        Clock clock = Clock.systemUTC();
        this.orchestrator = database.thenApply(open -> started(Orchestrator.create(open.orchestratorPorts(roles,
                open.templates(List.of(), clock), clock).withHost(new JvmHost(workspace)))));
        database.whenComplete((open, failure) -> {
            if (failure != null) {
                LOG.error("the database could not be opened: {}", cause(failure).getMessage());
            }
        });
    }

    /** Records the start; a run that ended without a clean stop is recovered from, and said so. */
    private static Orchestrator started(Orchestrator orchestrator) {
        var report = orchestrator.startServer();
        if (report.recovered()) {
            LOG.warn("the previous run ended without a clean stop (while {}); recovered: {} expired claim(s) back to "
                    + "pending", report.previousPhase().wire(), report.releasedClaims().size());
        }
        return orchestrator;
    }

    static CoreInBackground open(DatabaseSettings settings, RoleCatalog roles, Path workspace) {
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
        return new CoreInBackground(opening, roles, workspace);
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
     * Closes the database, waiting a moment for one still opening (a first start migrates it)
     * rather than leaving the process to end in the middle of it.
     */
    void close() {
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

    /** The clean stop goes into the lifecycle, so that the next start knows nothing needs recovering. */
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

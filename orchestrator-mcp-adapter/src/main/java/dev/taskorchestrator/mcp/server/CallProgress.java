package dev.taskorchestrator.mcp.server;

import io.modelcontextprotocol.server.McpSyncServerExchange;
import io.modelcontextprotocol.spec.McpSchema;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Progress of a tool call whose client asked for it (a {@code progressToken} in the request's
 * {@code _meta}): once the call has run a second, a notification every second saying how long,
 * so that a client waiting on a long maintenance, restart or instantiation sees it alive and does
 * not give up on it. A quick call sends none.
 */
final class CallProgress implements AutoCloseable {

    static final long PERIOD_MILLIS = 1_000;

    private static final ScheduledExecutorService TIMER = Executors.newSingleThreadScheduledExecutor(runnable -> {
        Thread thread = new Thread(runnable, "orchestrator-progress");
        thread.setDaemon(true);
        return thread;
    });
    private static final CallProgress NONE = new CallProgress(null);

    private final ScheduledFuture<?> ticking;

    private CallProgress(ScheduledFuture<?> ticking) {
        this.ticking = ticking;
    }

    static CallProgress of(McpSyncServerExchange exchange, McpSchema.CallToolRequest request) {
        return of(exchange, request, PERIOD_MILLIS);
    }

    static CallProgress of(McpSyncServerExchange exchange, McpSchema.CallToolRequest request, long periodMillis) {
        Object token = request.progressToken();
        if (token == null) {
            return NONE;
        }
        AtomicInteger seconds = new AtomicInteger();
        return new CallProgress(TIMER.scheduleAtFixedRate(() -> {
            int elapsed = seconds.incrementAndGet();
            try {
                exchange.progressNotification(new McpSchema.ProgressNotification(token, elapsed, null,
                        request.name() + " still running after " + elapsed * periodMillis / 1000.0 + " s"));
            } catch (RuntimeException gone) {
                // The client went away: the call's own reply will fail the same way and be logged there.
            }
        }, periodMillis, periodMillis, TimeUnit.MILLISECONDS));
    }

    @Override
    public void close() {
        if (ticking != null) {
            ticking.cancel(false);
        }
    }
}

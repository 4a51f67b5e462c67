package dev.taskorchestrator.board;

import dev.taskorchestrator.application.port.in.ChangeFeedUseCase;
import dev.taskorchestrator.domain.task.TaskId;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.PrintWriter;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.Semaphore;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Server-sent events telling open pages that tasks changed, whichever process changed them. One
 * thread polls the change feed for every open page, so ten tabs cost the store what one does; each
 * page first catches up from the position its snapshot was read at, so nothing committed between
 * its render and its subscription is missed.
 */
final class LiveFeed implements AutoCloseable {

    static final Duration POLL = Duration.ofMillis(400);
    static final Duration KEEP_ALIVE = Duration.ofSeconds(15);
    /** A page's stream is closed after this; the browser reconnects on its own, which keeps threads from piling up behind dead tabs. */
    static final Duration MAX_STREAM = Duration.ofMinutes(10);
    /** A reconnecting page re-checks this many gaps at most; the rest are older than a write lasts. */
    static final int GAPS_IN_TOKEN = 64;
    /** Each open stream holds a thread; people watching a board are few. */
    static final int MAX_STREAMS = 16;

    private static final Logger LOG = LoggerFactory.getLogger(LiveFeed.class);

    private final Supplier<ChangeFeedUseCase> feed;
    private final Semaphore streams = new Semaphore(MAX_STREAMS);
    private final Object changed = new Object();
    private long generation;
    private ChangeFeedUseCase.Position latest;
    private Set<TaskId> lastChanged = Set.of();
    private int listeners;
    private Thread poller;
    private volatile boolean closed;

    LiveFeed(Supplier<ChangeFeedUseCase> feed) {
        this.feed = feed;
    }

    void stream(HttpServletRequest request, HttpServletResponse response) throws IOException {
        ChangeFeedUseCase.Position from = position(request);
        if (!streams.tryAcquire()) {
            response.setHeader("Retry-After", "5");
            response.sendError(HttpServletResponse.SC_SERVICE_UNAVAILABLE, "too many boards open at once");
            return;
        }
        try {
            response.setContentType("text/event-stream;charset=utf-8");
            response.setHeader("Cache-Control", "no-store");
            response.setHeader("X-Accel-Buffering", "no");
            PrintWriter out = response.getWriter();
            out.write("retry: 1000\n\n");
            out.flush();
            follow(from, out);
        } finally {
            streams.release();
        }
    }

    private void follow(ChangeFeedUseCase.Position from, PrintWriter out) {
        long seen;
        try {
            seen = listen();
        } catch (RuntimeException unreadable) {
            // The store is busy or gone: the stream ends, and the browser comes back in a second.
            LOG.debug("a board's stream could not start: {}", unreadable.toString());
            return;
        }
        try {
            ChangeFeedUseCase.Changes caughtUp = feed.get().since(from);
            if (!caughtUp.tasks().isEmpty()) {
                send(out, caughtUp.next(), caughtUp.tasks());
            }
            long deadline = System.nanoTime() + MAX_STREAM.toNanos();
            while (!closed && !out.checkError() && System.nanoTime() < deadline) {
                long now;
                ChangeFeedUseCase.Position at;
                Set<TaskId> tasks;
                synchronized (changed) {
                    if (generation == seen) {
                        changed.wait(KEEP_ALIVE.toMillis());
                    }
                    now = generation;
                    at = latest;
                    tasks = lastChanged;
                }
                if (now != seen) {
                    // A page that slept through several polls hears of the last one's tasks only: it reads its whole
                    // view again anyway.
                    seen = now;
                    send(out, at, tasks);
                } else {
                    out.write(": keep-alive\n\n");
                    out.flush();
                }
            }
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
        } catch (RuntimeException unreadable) {
            LOG.debug("a board's stream ended: {}", unreadable.toString());
        } finally {
            leave();
        }
    }

    /** A change, with the position it brings the page to as the event's id: what the browser sends back on a reconnect. */
    private static void send(PrintWriter out, ChangeFeedUseCase.Position at, Set<TaskId> tasks) {
        // Task ids are letters, digits and underscores (TaskId checks), so they need no escaping in JSON.
        String ids = tasks.stream().map(task -> "\"" + task.value() + "\"").sorted().collect(Collectors.joining(","));
        out.write("id: " + token(at) + "\nevent: change\ndata: {\"tasks\":[" + ids + "]}\n\n");
        out.flush();
    }

    /** A position as text: the head, then the gaps still watched (at most {@value #GAPS_IN_TOKEN}), dot-separated. */
    static String token(ChangeFeedUseCase.Position position) {
        StringBuilder token = new StringBuilder().append(position.head());
        position.gaps().keySet().stream().limit(GAPS_IN_TOKEN).forEach(gap -> token.append('.').append(gap));
        return token.toString();
    }

    /**
     * Counts one more open page, starting the poller for the first; returns the generation it starts
     * from. The poller's starting position is read here, before the page catches up from its own:
     * a change committed in between is then caught by one or the other, never by neither.
     */
    private long listen() {
        synchronized (changed) {
            if (poller == null && !closed) {
                ChangeFeedUseCase.Position start = feed.get().now();
                poller = new Thread(() -> poll(start), "board-live-feed");
                poller.setDaemon(true);
                poller.start();
            }
            listeners++;
            return generation;
        }
    }

    private void leave() {
        synchronized (changed) {
            listeners--;
        }
    }

    /** Polls while pages are open, then stops until the next one opens. */
    private void poll(ChangeFeedUseCase.Position start) {
        ChangeFeedUseCase.Position position = start;
        while (!closed) {
            try {
                synchronized (changed) {
                    if (listeners == 0) {
                        poller = null;
                        return;
                    }
                }
                ChangeFeedUseCase.Changes changes = feed.get().since(position);
                position = changes.next();
                if (!changes.tasks().isEmpty()) {
                    synchronized (changed) {
                        generation++;
                        latest = position;
                        lastChanged = changes.tasks();
                        changed.notifyAll();
                    }
                }
                Thread.sleep(POLL.toMillis());
            } catch (InterruptedException interrupted) {
                return;
            } catch (RuntimeException busy) {
                // A store briefly busy or restarting: the next poll tries again.
                LOG.debug("the board's change feed could not be read: {}", busy.toString());
                sleepQuietly();
            }
        }
    }

    private static void sleepQuietly() {
        try {
            Thread.sleep(POLL.toMillis());
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
        }
    }

    /** Where the page's snapshot was read ({@code ?at=}), or on a reconnect the last change it was sent (Last-Event-ID). */
    static ChangeFeedUseCase.Position position(HttpServletRequest request) {
        String token = Optional.ofNullable(request.getHeader("Last-Event-ID"))
                .or(() -> Optional.ofNullable(request.getParameter("at"))).orElse("0");
        String[] parts = token.split("\\.", GAPS_IN_TOKEN + 2);
        long head = number(parts[0]);
        TreeMap<Long, Instant> gaps = new TreeMap<>();
        for (int i = 1; i < parts.length && i <= GAPS_IN_TOKEN; i++) {
            long gap = number(parts[i]);
            if (gap > 0 && gap < head) {
                gaps.put(gap, Instant.now());
            }
        }
        return new ChangeFeedUseCase.Position(head, gaps);
    }

    private static long number(String text) {
        try {
            return Math.max(0, Long.parseLong(text.strip()));
        } catch (NumberFormatException notANumber) {
            return 0;
        }
    }

    @Override
    public void close() {
        closed = true;
        synchronized (changed) {
            changed.notifyAll();
            if (poller != null) {
                poller.interrupt();
            }
        }
    }
}

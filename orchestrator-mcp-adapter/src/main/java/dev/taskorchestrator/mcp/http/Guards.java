package dev.taskorchestrator.mcp.http;

import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Optional;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/** What stands before the MCP endpoint: the token, and a bound on the requests served at once. */
final class Guards {

    private Guards() {
    }

    /** No token, no entry: 401 with the challenge a client needs to know how to authenticate. */
    static final class RequireToken implements Filter {
        private final Optional<BearerToken> token;

        RequireToken(Optional<BearerToken> token) {
            this.token = token;
        }

        @Override
        public void doFilter(ServletRequest request, ServletResponse response, FilterChain chain)
                throws IOException, ServletException {
            HttpServletRequest http = (HttpServletRequest) request;
            if (token.isPresent() && !token.get().admits(http.getHeader("Authorization"))) {
                HttpServletResponse refused = (HttpServletResponse) response;
                refused.setHeader("WWW-Authenticate", "Bearer realm=\"task-orchestrator\"");
                refused.sendError(HttpServletResponse.SC_UNAUTHORIZED, "a bearer token is required");
                return;
            }
            chain.doFilter(request, response);
        }
    }

    /**
     * At most so many requests at once; one more waits a moment for a place, then is told to come
     * back (503 with Retry-After) rather than queue without end. Counting them also tells a
     * restart or a stop how many calls are in flight.
     */
    static final class BoundConcurrency implements Filter {
        private static final long WAIT_MILLIS = 2_000;

        private final Semaphore places;
        private final AtomicInteger inFlight = new AtomicInteger();

        BoundConcurrency(int max) {
            this.places = new Semaphore(max, true);
        }

        int inFlight() {
            return inFlight.get();
        }

        @Override
        public void doFilter(ServletRequest request, ServletResponse response, FilterChain chain)
                throws IOException, ServletException {
            boolean admitted;
            try {
                admitted = places.tryAcquire(WAIT_MILLIS, TimeUnit.MILLISECONDS);
            } catch (InterruptedException interrupted) {
                Thread.currentThread().interrupt();
                admitted = false;
            }
            if (!admitted) {
                HttpServletResponse busy = (HttpServletResponse) response;
                busy.setHeader("Retry-After", "1");
                busy.sendError(HttpServletResponse.SC_SERVICE_UNAVAILABLE, "too many requests at once");
                return;
            }
            inFlight.incrementAndGet();
            try {
                chain.doFilter(request, response);
            } finally {
                inFlight.decrementAndGet();
                places.release();
            }
        }
    }
}

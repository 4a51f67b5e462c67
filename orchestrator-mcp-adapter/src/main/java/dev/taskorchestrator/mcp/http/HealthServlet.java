package dev.taskorchestrator.mcp.http;

import dev.taskorchestrator.application.port.in.HealthCheckUseCase;
import dev.taskorchestrator.application.service.Orchestrator;
import io.modelcontextprotocol.json.McpJsonMapper;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.BooleanSupplier;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * {@code GET /healthz} for a load balancer or a container probe: the health check's verdict and
 * the names of the checks that failed, 200 when healthy and 503 when not. It needs no token, so it
 * shows no task, no path and no figure an outsider could use, and it costs little however often
 * it is asked: the verdict is reused for {@value #REUSE_MILLIS} ms, one check runs at a time, and a
 * check that does not answer within {@value #ANSWER_MILLIS} ms (a core still opening its database,
 * a store that hangs) is a 503 at once rather than a probe left waiting. A server that is stopping
 * answers 503, so that a balancer sends no more work its way.
 */
final class HealthServlet extends HttpServlet {

    static final long REUSE_MILLIS = 2_000;
    static final long ANSWER_MILLIS = 2_000;

    private static final Logger LOG = LoggerFactory.getLogger(HealthServlet.class);

    private final transient Supplier<Orchestrator> orchestrator;
    private final transient McpJsonMapper json;
    private final transient BooleanSupplier stopping;
    private transient Verdict last;
    private transient CompletableFuture<Verdict> running;

    private record Verdict(boolean healthy, List<String> failed, long at) {
    }

    HealthServlet(Supplier<Orchestrator> orchestrator, McpJsonMapper json, BooleanSupplier stopping) {
        this.orchestrator = orchestrator;
        this.json = json;
        this.stopping = stopping;
    }

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        Verdict verdict = stopping.getAsBoolean() ? new Verdict(false, List.of("stopping"), 0) : verdict();
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("healthy", verdict.healthy());
        body.put("failed", verdict.failed());
        response.setStatus(verdict.healthy() ? HttpServletResponse.SC_OK : HttpServletResponse.SC_SERVICE_UNAVAILABLE);
        response.setContentType("application/json");
        response.setCharacterEncoding("UTF-8");
        response.setHeader("Cache-Control", "no-store");
        response.getWriter().write(json.writeValueAsString(body));
    }

    private Verdict verdict() {
        CompletableFuture<Verdict> check;
        synchronized (this) {
            if (last != null && System.currentTimeMillis() - last.at() < REUSE_MILLIS) {
                return last;
            }
            if (running == null || running.isDone()) {
                running = CompletableFuture.supplyAsync(this::check);
            }
            check = running;
        }
        try {
            Verdict fresh = check.get(ANSWER_MILLIS, TimeUnit.MILLISECONDS);
            synchronized (this) {
                last = fresh;
            }
            return fresh;
        } catch (TimeoutException slow) {
            return new Verdict(false, List.of("core"), 0);
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
            return new Verdict(false, List.of("core"), 0);
        } catch (java.util.concurrent.ExecutionException failed) {
            return new Verdict(false, List.of("core"), 0);
        }
    }

    private Verdict check() {
        try {
            HealthCheckUseCase.HealthReport report = orchestrator.get().healthCheck(HealthCheckUseCase.Query.ALL);
            return new Verdict(report.healthy(), report.failed(), System.currentTimeMillis());
        } catch (RuntimeException notReady) {
            LOG.debug("health asked before the core was ready: {}", notReady.getMessage());
            return new Verdict(false, List.of("core"), System.currentTimeMillis());
        }
    }
}

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
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * {@code GET /healthz} for a load balancer or a container probe: the health check's verdict and
 * the names of the checks that failed, 200 when healthy and 503 when not (or not started yet).
 * It needs no token because it shows no task, no path and no figure an outsider could use.
 */
final class HealthServlet extends HttpServlet {

    private static final Logger LOG = LoggerFactory.getLogger(HealthServlet.class);

    private final transient Supplier<Orchestrator> orchestrator;
    private final transient McpJsonMapper json;

    HealthServlet(Supplier<Orchestrator> orchestrator, McpJsonMapper json) {
        this.orchestrator = orchestrator;
        this.json = json;
    }

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        Map<String, Object> verdict = new LinkedHashMap<>();
        boolean healthy;
        try {
            HealthCheckUseCase.HealthReport report = orchestrator.get().healthCheck(HealthCheckUseCase.Query.ALL);
            healthy = report.healthy();
            verdict.put("healthy", healthy);
            verdict.put("failed", report.failed());
        } catch (RuntimeException notReady) {
            LOG.debug("health asked before the core was ready: {}", notReady.getMessage());
            healthy = false;
            verdict.put("healthy", false);
            verdict.put("failed", List.of("core"));
        }
        response.setStatus(healthy ? HttpServletResponse.SC_OK : HttpServletResponse.SC_SERVICE_UNAVAILABLE);
        response.setContentType("application/json");
        response.setCharacterEncoding("UTF-8");
        response.setHeader("Cache-Control", "no-store");
        response.getWriter().write(json.writeValueAsString(verdict));
    }
}

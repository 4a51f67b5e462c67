package dev.taskorchestrator.mcp.http;

import dev.taskorchestrator.application.port.in.RestartServerUseCase;
import dev.taskorchestrator.application.port.out.ServerRuntime;
import dev.taskorchestrator.application.service.Orchestrator;
import dev.taskorchestrator.domain.common.OrchestratorException;
import dev.taskorchestrator.domain.role.SpecialistRole;
import dev.taskorchestrator.mcp.server.OrchestratorMcpServer;
import io.modelcontextprotocol.server.McpSyncServer;
import io.modelcontextprotocol.server.transport.DefaultServerTransportSecurityValidator;
import io.modelcontextprotocol.server.transport.HttpServletStreamableServerTransportProvider;
import jakarta.servlet.DispatcherType;
import java.time.Duration;
import java.util.EnumSet;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Consumer;
import java.util.function.Supplier;
import org.eclipse.jetty.ee11.servlet.FilterHolder;
import org.eclipse.jetty.ee11.servlet.ServletContextHandler;
import org.eclipse.jetty.ee11.servlet.ServletHolder;
import org.eclipse.jetty.server.HttpConfiguration;
import org.eclipse.jetty.server.HttpConnectionFactory;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.server.ServerConnector;
import org.eclipse.jetty.server.handler.GracefulHandler;
import org.eclipse.jetty.util.thread.QueuedThreadPool;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import reactor.core.scheduler.Schedulers;

/**
 * The MCP server over Streamable HTTP: the SDK's servlet transport at {@code /mcp} in an embedded
 * Jetty, behind the token and the bound on concurrent requests, with {@code /healthz} beside it.
 * Host and Origin are checked by the SDK's validator against DNS rebinding. Each MCP session is a
 * client of its own, as one stdio process is.
 */
public final class HttpMcpServer implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(HttpMcpServer.class);
    /** Idle SSE streams are kept open with a ping, so that proxies do not cut them. */
    private static final Duration KEEP_ALIVE = Duration.ofSeconds(25);
    /**
     * Threads for what is served beside {@code /mcp} (the board's pages, and its event streams, each
     * of which holds a thread), so that they never take the ones the bound on MCP requests counts on.
     */
    private static final int BESIDE = 24;

    private final Server jetty;
    private final McpSyncServer mcp;
    private final HttpServletStreamableServerTransportProvider transport;
    private final Guards.BoundConcurrency bound;
    private final AtomicBoolean stopping;
    private final int port;

    private HttpMcpServer(Server jetty, McpSyncServer mcp, HttpServletStreamableServerTransportProvider transport,
            Guards.BoundConcurrency bound, AtomicBoolean stopping, int port) {
        this.jetty = jetty;
        this.mcp = mcp;
        this.transport = transport;
        this.bound = bound;
        this.stopping = stopping;
        this.port = port;
    }

    /**
     * The traffic now, for a restart's drain and the shutdown check: the requests in flight (the
     * asking one included). Over HTTP a client is a request's worth of connection, so the clients
     * counted are those requests too.
     */
    public ServerRuntime.Activity activity() {
        return activity(bound);
    }

    private static ServerRuntime.Activity activity(Guards.BoundConcurrency bound) {
        int inFlight = Math.max(1, bound.inFlight());
        return new ServerRuntime.Activity(inFlight, inFlight, "streamable-http");
    }

    /** Starts listening; a port that is taken or an address that cannot be bound is refused naming {@code http}. */
    public static HttpMcpServer start(Supplier<Orchestrator> orchestrator, List<SpecialistRole> roles,
            RestartServerUseCase restart, OrchestratorMcpServer.Settings settings, HttpSettings http) {
        return start(orchestrator, roles, restart, settings, http, context -> { });
    }

    /**
     * Likewise, with more served beside {@code /mcp} and {@code /healthz}: {@code alsoServe} adds its
     * servlets and their guards to the same context (the composition root puts the board there).
     */
    public static HttpMcpServer start(Supplier<Orchestrator> orchestrator, List<SpecialistRole> roles,
            RestartServerUseCase restart, OrchestratorMcpServer.Settings settings, HttpSettings http,
            Consumer<ServletContextHandler> alsoServe) {
        var transport = HttpServletStreamableServerTransportProvider.builder()
                .jsonMapper(OrchestratorMcpServer.jsonMapper())
                .mcpEndpoint(HttpSettings.ENDPOINT)
                .keepAliveInterval(KEEP_ALIVE)
                .maxRequestSize(http.maxRequestBytes())
                .sessionSweepInterval(http.sessionIdle())
                .securityValidator(DefaultServerTransportSecurityValidator.builder()
                        .allowedHosts(http.hostsAccepted())
                        .allowedOrigins(http.originsAccepted())
                        .build())
                .build();
        var bound = new Guards.BoundConcurrency(http.maxConcurrentRequests());
        McpSyncServer mcp = OrchestratorMcpServer.start(orchestrator, roles, restart, settings, transport,
                () -> activity(bound));

        ServletContextHandler context = new ServletContextHandler();
        context.setContextPath("/");
        ServletHolder endpoint = new ServletHolder("mcp", transport);
        endpoint.setAsyncSupported(true);
        context.addServlet(endpoint, HttpSettings.ENDPOINT);
        AtomicBoolean stopping = new AtomicBoolean();
        context.addServlet(new ServletHolder("health", new HealthServlet(orchestrator,
                OrchestratorMcpServer.jsonMapper(), stopping::get)), HttpSettings.HEALTH_ENDPOINT);
        FilterHolder token = new FilterHolder(new Guards.RequireToken(http.token()));
        token.setAsyncSupported(true);
        context.addFilter(token, HttpSettings.ENDPOINT, EnumSet.of(DispatcherType.REQUEST));
        FilterHolder bounded = new FilterHolder(bound);
        bounded.setAsyncSupported(true);
        context.addFilter(bounded, HttpSettings.ENDPOINT, EnumSet.of(DispatcherType.REQUEST));
        alsoServe.accept(context);

        QueuedThreadPool threads = new QueuedThreadPool(Math.max(16, http.maxConcurrentRequests() + 8) + BESIDE, 4);
        threads.setName("orchestrator-http");
        Server jetty = new Server(threads);
        HttpConfiguration quiet = new HttpConfiguration();
        quiet.setSendServerVersion(false);
        ServerConnector connector = new ServerConnector(jetty, new HttpConnectionFactory(quiet));
        connector.setHost(http.host());
        connector.setPort(http.port());
        jetty.addConnector(connector);
        jetty.setHandler(new GracefulHandler(context));
        jetty.setStopAtShutdown(false);
        try {
            jetty.start();
        } catch (Exception cannotListen) {
            mcp.close();
            stopQuietly(jetty);
            throw OrchestratorException.invalid("http", "cannot listen on " + http.host() + ":" + http.port() + ": "
                    + cause(cannotListen));
        }
        return new HttpMcpServer(jetty, mcp, transport, bound, stopping, connector.getLocalPort());
    }

    /** The port listened on: the one asked for, or the one chosen for port 0. */
    public int port() {
        return port;
    }

    /**
     * Stops taking requests, lets those in flight finish within {@code drain}, then closes the MCP
     * sessions. True when every request in flight finished in time.
     */
    public boolean stop(Duration drain) {
        // From now on /healthz says so, and one deadline covers every step, so the whole stop fits
        // in what a supervisor waits before it kills.
        stopping.set(true);
        long deadline = System.nanoTime() + drain.toNanos();
        boolean drained = true;
        try {
            transport.closeGracefully().subscribeOn(Schedulers.boundedElastic()).block(remaining(deadline));
        } catch (RuntimeException slow) {
            drained = false;
            LOG.debug("MCP sessions did not close in time: {}", slow.getMessage());
        }
        jetty.setStopTimeout(Math.max(1, remaining(deadline).toMillis()));
        try {
            jetty.stop();
        } catch (Exception stopping) {
            drained = false;
            LOG.warn("the HTTP server did not stop cleanly: {}", cause(stopping));
        }
        mcp.close();
        return drained;
    }

    private static Duration remaining(long deadline) {
        return Duration.ofNanos(Math.max(0, deadline - System.nanoTime()));
    }

    @Override
    public void close() {
        stop(Duration.ofSeconds(5));
    }

    private static void stopQuietly(Server jetty) {
        try {
            jetty.stop();
        } catch (Exception ignored) {
            // it never started
        }
    }

    private static String cause(Throwable failure) {
        Throwable root = failure;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        return root.getMessage() == null ? root.getClass().getSimpleName() : root.getMessage();
    }
}

package dev.taskorchestrator.cli.boot;

import dev.taskorchestrator.application.port.out.RoleCatalog;
import dev.taskorchestrator.application.port.out.ServerRuntime;
import dev.taskorchestrator.board.BoardWeb;
import dev.taskorchestrator.cli.command.ManifestVersion;
import dev.taskorchestrator.cli.command.ServeCommand;
import dev.taskorchestrator.domain.common.OrchestratorException;
import dev.taskorchestrator.mcp.http.BearerToken;
import dev.taskorchestrator.mcp.http.HttpMcpServer;
import dev.taskorchestrator.mcp.http.HttpSettings;
import dev.taskorchestrator.mcp.server.OrchestratorMcpServer;
import dev.taskorchestrator.mcp.tool.ToolProfile;
import dev.taskorchestrator.persistence.DatabaseSettings;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicReference;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Wires and runs the MCP server over Streamable HTTP: the same core as over stdio, in front of
 * it Jetty with the token, Host and Origin checks. It runs until SIGTERM, then stops taking
 * requests, lets those in flight finish (bounded), records this instance's clean stop and exits.
 */
final class HttpServer implements ServeCommand.Server {

    static final String TOKEN_VARIABLE = "ORCHESTRATOR_TOKEN";
    /** How long an MCP session may go unused (ISO-8601, e.g. PT30M) before the server forgets it. */
    static final String SESSION_IDLE_VARIABLE = "ORCHESTRATOR_SESSION_IDLE";
    /** A supervisor usually waits 10 seconds before it kills: the drain, then closing the store, well within. */
    static final Duration TERMINATION_DRAIN = Duration.ofSeconds(5);

    private static final Logger LOG = LoggerFactory.getLogger(HttpServer.class);

    private final Map<String, String> environment;

    HttpServer(Map<String, String> environment) {
        this.environment = environment;
    }

    @Override
    public int serve(ServeCommand.Options options) {
        HttpSettings http = settings(options, environment);
        Path workspace = Workspaces.resolve(options.workspace(), environment, Path.of(""));
        DatabaseSettings database = Configuration.database(workspace,
                Configuration.databaseUrl(options.db(), environment));
        RoleCatalog roles = RoleCatalog.builtIn();
        ToolProfile tools = Configuration.tools(options.tools(), environment, roles.all());
        AtomicReference<HttpMcpServer> listening = new AtomicReference<>();
        AtomicReference<BoardWeb> board = new AtomicReference<>();
        CoreInBackground core = CoreInBackground.open(database, roles, workspace, Configuration.tunables(environment),
                () -> Optional.ofNullable(listening.get()).map(HttpMcpServer::activity)
                        .orElse(ServerRuntime.Activity.IN_PROCESS), Cores.templates(workspace, environment));
        CountDownLatch stopped = new CountDownLatch(1);
        AtomicBoolean closing = new AtomicBoolean();
        // Before the server listens: a signal during the start still stops the core cleanly.
        Thread onSignal = new Thread(() -> {
            if (closing.compareAndSet(false, true)) {
                // The board's event streams would otherwise hold the drain for its whole length.
                Optional.ofNullable(board.get()).ifPresent(BoardWeb::close);
                boolean drained = Optional.ofNullable(listening.get()).map(running -> running.stop(TERMINATION_DRAIN))
                        .orElse(true);
                core.close();
                LOG.info("stopped on signal{}", drained ? "; every request in flight was answered"
                        : " before every request in flight ended");
                stopped.countDown();
                // A stop asked for and carried out is a success: a supervisor reads 0, not the signal's 143.
                Runtime.getRuntime().halt(0);
            }
        }, "orchestrator-shutdown");
        Runtime.getRuntime().addShutdownHook(onSignal);
        HttpMcpServer server;
        try {
            server = HttpMcpServer.start(core::orchestrator, roles.all(), core.restarts(),
                    new OrchestratorMcpServer.Settings(StdioServer.SERVER_NAME, ManifestVersion.number(),
                            workspace.toString(), tools), http,
                    context -> board.set(BoardWeb.install(context, core::orchestrator,
                            http.token().map(token -> secret -> token.admits("Bearer " + secret)), http.hostsAccepted())));
        } catch (RuntimeException cannotListen) {
            closing.set(true);
            Runtime.getRuntime().removeShutdownHook(onSignal);
            core.close();
            throw cannotListen;
        }
        listening.set(server);
        LOG.info("{} {} serving MCP over Streamable HTTP at http://{}:{}{} (health: {}, board: {}); workspace {}; "
                + "database {}; {}", StdioServer.SERVER_NAME, ManifestVersion.number(),
                HttpSettings.authority(http.host()), server.port(), HttpSettings.ENDPOINT,
                HttpSettings.HEALTH_ENDPOINT, "/board/", workspace, database.displayUrl(),
                http.token().isPresent() ? "bearer token required" : "no token (loopback only)");
        try {
            stopped.await();
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
        }
        return 0;
    }

    /** The HTTP options and the environment read into settings; a fault names the option to fix. */
    static HttpSettings settings(ServeCommand.Options options, Map<String, String> environment) {
        String address = options.http().orElseThrow().strip();
        int colon = address.lastIndexOf(':');
        boolean hasHost = colon > 0 && !(address.startsWith("[") && address.endsWith("]"));
        String host = hasHost ? address.substring(0, colon) : HttpSettings.DEFAULT_HOST;
        if (host.startsWith("[") && host.endsWith("]")) {
            host = host.substring(1, host.length() - 1);
        }
        String portText = hasHost ? address.substring(colon + 1) : address;
        int port;
        try {
            port = Integer.parseInt(portText);
        } catch (NumberFormatException notANumber) {
            throw OrchestratorException.invalid("http", "http '" + address + "' is not [HOST:]PORT",
                    List.of("8765", "127.0.0.1:8765", "0.0.0.0:8765", "0"));
        }
        return new HttpSettings(host, port, token(options.tokenFile(), environment), options.allowedHosts(),
                options.allowedOrigins(), HttpSettings.DEFAULT_MAX_REQUEST_BYTES,
                HttpSettings.DEFAULT_MAX_CONCURRENT_REQUESTS,
                Configuration.positiveDuration(environment, SESSION_IDLE_VARIABLE)
                        .orElse(HttpSettings.DEFAULT_SESSION_IDLE));
    }

    private static Optional<BearerToken> token(Optional<Path> file, Map<String, String> environment) {
        if (file.isPresent()) {
            try {
                return Optional.of(BearerToken.of(Files.readString(file.get()), "token_file"));
            } catch (IOException unreadable) {
                throw OrchestratorException.invalid("token_file", "token_file: cannot read " + file.get() + ": "
                        + unreadable.getMessage());
            }
        }
        return Optional.ofNullable(environment.get(TOKEN_VARIABLE)).filter(value -> !value.isBlank())
                .map(value -> BearerToken.of(value, TOKEN_VARIABLE));
    }
}

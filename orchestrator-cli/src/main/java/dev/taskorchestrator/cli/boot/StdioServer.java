package dev.taskorchestrator.cli.boot;

import dev.taskorchestrator.application.port.out.RoleCatalog;
import dev.taskorchestrator.cli.boot.StandardStreams.ProtocolStreams;
import dev.taskorchestrator.cli.command.ManifestVersion;
import dev.taskorchestrator.cli.command.ServeCommand;
import dev.taskorchestrator.mcp.server.OrchestratorMcpServer;
import dev.taskorchestrator.mcp.stdio.StdioTransport;
import dev.taskorchestrator.mcp.tool.ToolProfile;
import dev.taskorchestrator.persistence.DatabaseSettings;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Wires and runs the MCP server over stdio: the workspace's database, the orchestrator on it, the
 * SDK server on our transport. It stops the same careful way at the end of stdin and on SIGTERM:
 * take no new call, let the calls in flight write their responses, close the database.
 */
final class StdioServer implements ServeCommand.Server {

    static final String SERVER_NAME = "task-orchestrator";
    /** Stdin closed: the client is gone or done; the process must be gone within 2 seconds. */
    static final Duration END_OF_INPUT_DRAIN = Duration.ofMillis(1_500);
    /** SIGTERM: a supervisor usually waits 10 seconds before it kills. */
    static final Duration TERMINATION_DRAIN = Duration.ofSeconds(5);

    private static final Logger LOG = LoggerFactory.getLogger(StdioServer.class);

    private final Supplier<ProtocolStreams> streams;
    private final Map<String, String> environment;

    StdioServer(Supplier<ProtocolStreams> streams, Map<String, String> environment) {
        this.streams = streams;
        this.environment = environment;
    }

    @Override
    public int serve(ServeCommand.Options options) {
        Path workspace = Workspaces.resolve(options.workspace(), environment, Path.of(""));
        DatabaseSettings settings = Configuration.database(workspace,
                Configuration.databaseUrl(options.db(), environment));
        RoleCatalog roles = RoleCatalog.builtIn();
        ToolProfile tools = Configuration.tools(options.tools(), environment, roles.all());
        // stdout is the protocol's before any other thread starts: nothing else may ever print to it.
        ProtocolStreams io = streams.get();
        StdioTransport transport = new StdioTransport(io.in(), io.out(), OrchestratorMcpServer.jsonMapper());
        CoreInBackground core = CoreInBackground.open(settings, roles, workspace, Configuration.tunables(environment),
                transport::activity, Cores.templates(workspace, environment));
        var server = OrchestratorMcpServer.start(core::orchestrator, roles.all(), core.restarts(),
                new OrchestratorMcpServer.Settings(SERVER_NAME, ManifestVersion.number(), workspace.toString(), tools),
                transport);
        AtomicBoolean closed = new AtomicBoolean();
        Runnable close = () -> {
            if (closed.compareAndSet(false, true)) {
                server.close();
                core.close();
            }
        };
        Thread onSignal = new Thread(() -> {
            boolean drained = transport.stop(TERMINATION_DRAIN);
            close.run();
            LOG.info("stopped on signal{}", drained ? "; every call in flight was answered"
                    : " before every call in flight ended");
        }, "orchestrator-shutdown");
        Runtime.getRuntime().addShutdownHook(onSignal);
        LOG.info("{} {} serving MCP over stdio; workspace {}; database {}", SERVER_NAME, ManifestVersion.number(),
                workspace, settings.displayUrl());
        boolean drained = transport.serve(END_OF_INPUT_DRAIN);
        close.run();
        LOG.info("stdin closed; stopped{}", drained ? "" : " before every call in flight ended");
        removeQuietly(onSignal);
        return 0;
    }

    /** The hook is only for a signal; once stopped by the end of input it must not run at exit. */
    private static void removeQuietly(Thread hook) {
        try {
            Runtime.getRuntime().removeShutdownHook(hook);
        } catch (IllegalStateException shutdownUnderWay) {
            // a signal arrived meanwhile: the hook runs, and finds everything already closed
        }
    }
}

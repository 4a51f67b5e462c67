package dev.taskorchestrator.cli.command;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** Runs the MCP server over stdio, or over Streamable HTTP with --http, until it is told to stop. */
@Command(name = "serve",
        mixinStandardHelpOptions = true,
        description = {"Runs the MCP server over stdio: JSON-RPC frames on stdin/stdout, logs on stderr.",
            "It stops when the client closes stdin (after writing every response still due) or on SIGTERM.",
            "With --http it serves MCP over Streamable HTTP at /mcp (and GET /healthz) instead, for a team:",
            "loopback unless given a host, a bearer token required to listen anywhere else ($ORCHESTRATOR_TOKEN",
            "or --token-file), Host and Origin checked; SIGTERM finishes the requests in flight, then stops.",
            "The workspace is --workspace, else $ORCHESTRATOR_WORKSPACE, else the git root, else the current",
            "directory; the database is --db, else $ORCHESTRATOR_DB, else the workspace's SQLite file."},
        footerHeading = "%nExamples:%n",
        footer = {"  orchestrator serve", "  orchestrator serve --workspace ~/src/my-app",
            "  orchestrator serve --db jdbc:postgresql://db.internal:5432/orchestrator?user=me",
            "  orchestrator serve --http 8765",
            "  orchestrator serve --tools core",
            "  orchestrator serve --http 0.0.0.0:8765 --token-file /etc/orchestrator/token --allow-host tasks.example.com"})
public final class ServeCommand implements Callable<Integer> {

    /**
     * What serving needs to know; where the server and its database come from is the wiring's business.
     *
     * @param http {@code [HOST:]PORT} to serve over HTTP instead of stdio
     * @param tools the tools to offer: {@code all}, {@code core} or names, as given
     */
    public record Options(Optional<Path> workspace, Optional<String> db, Optional<String> http,
            Optional<Path> tokenFile, List<String> allowedHosts, List<String> allowedOrigins, Optional<String> tools) {
        public Options {
            allowedHosts = List.copyOf(allowedHosts);
            allowedOrigins = List.copyOf(allowedOrigins);
        }

        public static Options stdio(Optional<Path> workspace, Optional<String> db) {
            return new Options(workspace, db, Optional.empty(), Optional.empty(), List.of(), List.of(),
                    Optional.empty());
        }
    }

    /** Runs the server until it stops and returns the process's exit status. */
    @FunctionalInterface
    public interface Server {
        int serve(Options options);
    }

    private final Server server;
    private final GlobalOptions options;

    @Field("http")
    @Option(names = "--http", paramLabel = "[HOST:]PORT",
            description = "Serve over Streamable HTTP on this port (0: a free one, logged); host 127.0.0.1 unless given.")
    private String http;

    @Field("token_file")
    @Option(names = "--token-file", paramLabel = "FILE",
            description = "The bearer token clients must send (default: $ORCHESTRATOR_TOKEN). Never logged.")
    private Path tokenFile;

    @Option(names = "--allow-host", paramLabel = "HOST[:PORT]",
            description = "Another Host header to accept, e.g. the proxy's name (HOST:* for any port). Repeatable.")
    private List<String> allowedHosts = new ArrayList<>();

    @Option(names = "--allow-origin", paramLabel = "ORIGIN",
            description = "Another Origin to accept, e.g. https://tasks.example.com. Repeatable.")
    private List<String> allowedOrigins = new ArrayList<>();

    @Field("tools")
    @Option(names = "--tools", paramLabel = "all|core|NAME,...",
            description = "The tools to offer (default: $ORCHESTRATOR_TOOLS, else all). core: the daily loop of"
                    + " session, plan, next, execute, complete, update, query, status and synthesis, for a"
                    + " smaller tool list in the model's context; names may be added: core,template_instantiate.")
    private String tools;

    public ServeCommand(Server server, GlobalOptions options) {
        this.server = server;
        this.options = options;
    }

    @Override
    public Integer call() {
        return server.serve(new Options(options.workspace(), options.db(), Optional.ofNullable(http),
                Optional.ofNullable(tokenFile), allowedHosts, allowedOrigins, Optional.ofNullable(tools)));
    }
}

package dev.taskorchestrator.cli.boot;

import dev.taskorchestrator.application.port.out.RoleCatalog;
import dev.taskorchestrator.application.service.Orchestrator;
import dev.taskorchestrator.cli.command.GlobalOptions;
import dev.taskorchestrator.cli.command.OrchestratorClient;
import dev.taskorchestrator.domain.common.OrchestratorException;
import dev.taskorchestrator.mcp.server.LocalClient;
import dev.taskorchestrator.mcp.server.OrchestratorMcpServer;
import dev.taskorchestrator.mcp.tool.ToolReply;
import dev.taskorchestrator.persistence.DatabaseSettings;
import dev.taskorchestrator.persistence.OrchestratorDatabase;
import io.modelcontextprotocol.json.TypeRef;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The commands' client: the MCP server's tools and resources in-process, on the database of the
 * workspace the global options name. The database is opened on the first call (so that help,
 * completion and usage errors never touch it) and closed when the command line is done.
 */
final class CommandLineClient implements OrchestratorClient, AutoCloseable {

    private final GlobalOptions options;
    private final Map<String, String> environment;
    private OrchestratorDatabase database;
    private LocalClient client;

    CommandLineClient(GlobalOptions options, Map<String, String> environment) {
        this.options = options;
        this.environment = environment;
    }

    @Override
    public Reply call(String tool, Map<String, Object> arguments) {
        ToolReply reply = client().call(tool, arguments);
        return new Reply(reply.structured(), reply.text());
    }

    @Override
    public Map<String, Object> read(String uri) {
        return client().readObject(uri);
    }

    @Override
    public String json(Object value) {
        try {
            return OrchestratorMcpServer.jsonMapper().writeValueAsString(value);
        } catch (IOException e) {
            throw new IllegalStateException("a reply could not be written as JSON", e);
        }
    }

    @Override
    public Map<String, Object> parseObject(String text, String field) {
        try {
            return OrchestratorMcpServer.jsonMapper().readValue(text, new TypeRef<Map<String, Object>>() {
            });
        } catch (IOException | RuntimeException e) {
            throw OrchestratorException.invalid(field, field + " is not one JSON object", List.of("a JSON object"));
        }
    }

    private LocalClient client() {
        if (client == null) {
            Path workspace = Workspaces.resolve(options.workspace(), environment, Path.of(""));
            DatabaseSettings settings = options.db()
                    .or(() -> Optional.ofNullable(environment.get(StdioServer.DATABASE_VARIABLE))
                            .filter(url -> !url.isBlank()))
                    .map(url -> DatabaseSettings.fromUrl(url, Optional.empty(), Optional.empty()))
                    .orElseGet(() -> DatabaseSettings.forWorkspace(workspace));
            database = OrchestratorDatabase.open(settings);
            Clock clock = Clock.systemUTC();
            RoleCatalog roles = RoleCatalog.builtIn();
            Orchestrator orchestrator = Orchestrator.create(database.orchestratorPorts(roles,
                    database.templates(List.of(), clock), clock));
            client = new LocalClient(() -> orchestrator, roles.all(), workspace.toString(), agent());
        }
        return client;
    }

    private String agent() {
        String user = environment.getOrDefault("USER", environment.getOrDefault("USERNAME", ""));
        return user.isBlank() ? "cli" : "cli@" + user;
    }

    @Override
    public void close() {
        OrchestratorDatabase open = database;
        database = null;
        client = null;
        if (open != null) {
            open.close();
        }
    }
}

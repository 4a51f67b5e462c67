package dev.taskorchestrator.mcp.server;

import dev.taskorchestrator.application.port.in.RestartServerUseCase;
import dev.taskorchestrator.application.port.out.ServerRuntime;
import dev.taskorchestrator.application.service.Orchestrator;
import dev.taskorchestrator.domain.role.SpecialistRole;
import dev.taskorchestrator.mcp.tool.OrchestratorTools;
import dev.taskorchestrator.mcp.tool.ToolProfile;
import io.modelcontextprotocol.json.McpJsonDefaults;
import io.modelcontextprotocol.json.McpJsonMapper;
import io.modelcontextprotocol.server.McpServer;
import io.modelcontextprotocol.server.McpSyncServer;
import io.modelcontextprotocol.spec.McpSchema;
import io.modelcontextprotocol.spec.McpServerTransportProvider;
import io.modelcontextprotocol.spec.McpStreamableServerTransportProvider;
import java.util.List;
import java.util.Objects;
import java.util.function.Supplier;

/** Builds the MCP server on the SDK: our tools, resource templates and role prompts over a transport. */
public final class OrchestratorMcpServer {

    /** What a client is told in {@code initialize}; a constant, so that reading it loads nothing of the SDK. */
    public static final String INSTRUCTIONS = "Task Orchestrator keeps a plan of tasks for you. Start with "
            + "orchestrator_initialize_session. Break big work into tasks yourself and store them with "
            + "orchestrator_plan_task (subtasks and dependencies in one call). Then loop: orchestrator_next_task with "
            + "claim true (or orchestrator_execute_task), do the work in the given specialist role, hand it in with "
            + "orchestrator_complete_task (full work in detailed_work). Finish with orchestrator_synthesize_results. "
            + "After a restart, orchestrator_get_status shows where the work stands. Every tool that changes "
            + "something takes request_id (any id of yours, 1-128 characters): if you retry a call whose reply "
            + "you missed with the same id and arguments, you get the first reply and nothing happens twice.";

    /**
     * @param name the server's name in {@code initialize}
     * @param version the server's version in {@code initialize}
     * @param workspace the default workspace for sessions and the base of artifact file paths
     * @param tools the tools offered
     */
    public record Settings(String name, String version, String workspace, ToolProfile tools) {
        public Settings {
            Objects.requireNonNull(name, "name");
            Objects.requireNonNull(version, "version");
            Objects.requireNonNull(workspace, "workspace");
            Objects.requireNonNull(tools, "tools");
        }

        public Settings(String name, String version, String workspace) {
            this(name, version, workspace, ToolProfile.all());
        }
    }

    /** A transport that does not report its traffic: one client, this call. */
    private static final TransportActivity UNKNOWN_ACTIVITY = () -> new ServerRuntime.Activity(1, 1, "unknown");

    private OrchestratorMcpServer() {
    }

    private static final McpJsonMapper JSON = new ParamsCheckingJsonMapper(McpJsonDefaults.getMapper());

    /** The mapper for the server and its transport: the SDK's, with params that misfit a request refused as -32602. */
    public static McpJsonMapper jsonMapper() {
        return JSON;
    }

    public static McpSyncServer start(Orchestrator orchestrator, Settings settings, McpServerTransportProvider transport) {
        return start(() -> orchestrator, orchestrator.roles(), orchestrator::restartServer, settings, transport);
    }

    /**
     * Starts the server before the core is ready: {@code initialize} and the lists are answered at
     * once, and a call waits for (or reports the failure of) {@code orchestrator} only when it needs
     * it. This is what keeps the start under a second while the database opens and migrates.
     */
    public static McpSyncServer start(Supplier<Orchestrator> orchestrator, List<SpecialistRole> roles,
            RestartServerUseCase restart, Settings settings, McpServerTransportProvider transport) {
        TransportActivity activity = transport instanceof TransportActivity known ? known : UNKNOWN_ACTIVITY;
        return built(McpServer.sync(transport), orchestrator, roles, restart, settings, activity);
    }

    /** The same server over Streamable HTTP, where every MCP session is a client of its own. */
    public static McpSyncServer start(Supplier<Orchestrator> orchestrator, List<SpecialistRole> roles,
            RestartServerUseCase restart, Settings settings, McpStreamableServerTransportProvider transport,
            TransportActivity activity) {
        return built(McpServer.sync(transport), orchestrator, roles, restart, settings, activity);
    }

    private static <S extends McpServer.SyncSpecification<S>> McpSyncServer built(S specification,
            Supplier<Orchestrator> orchestrator, List<SpecialistRole> roles, RestartServerUseCase restart,
            Settings settings, TransportActivity activity) {
        McpJsonMapper json = jsonMapper();
        var tools = new ToolSpecifications(settings.workspace(), activity, new RetrySafeCalls(orchestrator, json));
        return specification
                .serverInfo(settings.name(), settings.version())
                .instructions(INSTRUCTIONS)
                .jsonMapper(json)
                // Arguments are checked by each tool's declared parameters, whose errors name the field and
                // the allowed values; the SDK's schema check would answer with text only.
                .validateToolInputs(false)
                .jsonSchemaValidator(new SchemasCheckedByTests())
                .capabilities(McpSchema.ServerCapabilities.builder().tools(false).resources(false, false).prompts(false)
                        .logging().completions().build())
                .tools(tools.of(settings.tools().select(OrchestratorTools.all(orchestrator, roles, restart))))
                .resourceTemplates(new ResourceTemplates(orchestrator, json).all())
                .prompts(new RolePrompts(orchestrator, roles).all())
                .completions(new Completions(orchestrator).all(roles))
                .build();
    }
}

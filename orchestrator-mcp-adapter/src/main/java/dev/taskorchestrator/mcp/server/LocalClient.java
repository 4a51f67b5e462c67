package dev.taskorchestrator.mcp.server;

import dev.taskorchestrator.application.service.Orchestrator;
import dev.taskorchestrator.domain.common.ErrorCode;
import dev.taskorchestrator.domain.common.OrchestratorException;
import dev.taskorchestrator.domain.role.SpecialistRole;
import dev.taskorchestrator.mcp.tool.Caller;
import dev.taskorchestrator.mcp.tool.Connection;
import dev.taskorchestrator.mcp.tool.OrchestratorTool;
import dev.taskorchestrator.mcp.tool.OrchestratorTools;
import dev.taskorchestrator.mcp.tool.ToolReply;
import io.modelcontextprotocol.json.McpJsonMapper;
import io.modelcontextprotocol.json.TypeRef;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

/**
 * The MCP tools and resources called in-process, without a transport: what a command line needs
 * to give the very same answers, in the very same shapes, as the MCP server. Refusals are thrown as
 * {@code OrchestratorException}, for the caller's own error reporting.
 */
public final class LocalClient {

    private static final TypeRef<Map<String, Object>> OBJECT = new TypeRef<>() {
    };

    private final Map<String, OrchestratorTool> tools = new LinkedHashMap<>();
    private final ResourceTemplates resources;
    private final Caller caller;
    private final McpJsonMapper json = OrchestratorMcpServer.jsonMapper();

    /**
     * @param agent the name claims are recorded under
     * @param workspace the default workspace of sessions and the base of artifact file paths
     */
    public LocalClient(Supplier<Orchestrator> orchestrator, List<SpecialistRole> roles, String workspace, String agent) {
        OrchestratorTools.all(orchestrator, roles, command -> orchestrator.get().restartServer(command))
                .forEach(tool -> tools.put(tool.descriptor().name(), tool));
        this.resources = new ResourceTemplates(orchestrator, json);
        this.caller = new Caller("local", agent, workspace, Connection.inProcess());
    }

    /** Calls a tool by its name with arguments checked exactly as the server checks them. */
    public ToolReply call(String tool, Map<String, Object> arguments) {
        OrchestratorTool found = tools.get(tool);
        if (found == null) {
            throw OrchestratorException.invalid("tool", "there is no tool '" + tool + "'", List.copyOf(tools.keySet()));
        }
        return found.call(found.descriptor().input().parse(arguments), caller);
    }

    /** Reads a JSON resource ({@code orchestrator://tasks/{id}}, …) as an object. */
    public Map<String, Object> readObject(String uri) {
        String text = readText(uri);
        try {
            return json.readValue(text, OBJECT);
        } catch (IOException e) {
            throw new OrchestratorException(ErrorCode.INTERNAL, uri + " is not a JSON object");
        }
    }

    /** Reads a resource's text: an artifact's content, say. */
    public String readText(String uri) {
        return resources.read(uri).orElseThrow(() -> OrchestratorException.notFound("uri", "resource", uri)).text();
    }

    /** The JSON of a value, as the server writes it. */
    public String toJson(Object value) {
        try {
            return json.writeValueAsString(value);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}

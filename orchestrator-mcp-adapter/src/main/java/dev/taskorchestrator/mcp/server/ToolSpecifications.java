package dev.taskorchestrator.mcp.server;

import dev.taskorchestrator.application.port.out.ServerRuntime;
import dev.taskorchestrator.domain.common.OrchestratorException;
import dev.taskorchestrator.mcp.ToolError;
import dev.taskorchestrator.mcp.tool.Caller;
import dev.taskorchestrator.mcp.tool.Connection;
import dev.taskorchestrator.mcp.tool.OrchestratorTool;
import dev.taskorchestrator.mcp.tool.ToolDescriptor;
import dev.taskorchestrator.mcp.tool.ToolReply;
import dev.taskorchestrator.wire.input.Arguments;
import io.modelcontextprotocol.server.McpServerFeatures.SyncToolSpecification;
import io.modelcontextprotocol.server.McpSyncServerExchange;
import io.modelcontextprotocol.spec.McpSchema.CallToolResult;
import io.modelcontextprotocol.spec.McpSchema;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Turns our tools into the SDK's tool specifications. This is the one place a tool call's failure
 * becomes a reply: a refused call is a result with {@code isError: true} and the structured error;
 * anything unexpected is logged here (to stderr) and reaches the client only as an internal error.
 */
final class ToolSpecifications {

    private static final Logger LOG = LoggerFactory.getLogger(ToolSpecifications.class);
    private static final int CONNECTION_TAG_LENGTH = 8;
    /** Room for the tag in an agent name, whose limit is 255 characters. */
    private static final int CLIENT_NAME_MAX = 64;

    private final String workspace;
    private final TransportActivity activity;
    private final RetrySafeCalls retrySafe;

    ToolSpecifications(String workspace, TransportActivity activity, RetrySafeCalls retrySafe) {
        this.workspace = workspace;
        this.activity = activity;
        this.retrySafe = retrySafe;
    }

    List<SyncToolSpecification> of(List<OrchestratorTool> tools) {
        return tools.stream().map(this::specification).toList();
    }

    private SyncToolSpecification specification(OrchestratorTool tool) {
        ToolDescriptor descriptor = tool.descriptor();
        McpSchema.Tool definition = McpSchema.Tool.builder()
                .name(descriptor.name())
                .title(descriptor.title())
                .description(descriptor.description())
                .inputSchema(descriptor.input().jsonSchema())
                .outputSchema(descriptor.outputSchema())
                .annotations(annotations(descriptor.hints()))
                .build();
        return SyncToolSpecification.builder()
                .tool(definition)
                .callHandler((exchange, request) -> call(tool, exchange, request))
                .build();
    }

    /**
     * The hints that differ from the specification's defaults (not read-only, destructive, not
     * idempotent, open world); a default is left out, as is the annotation's title, which would
     * repeat the tool's. Every tool's list entry is the shorter for it, and says the same.
     */
    static McpSchema.ToolAnnotations annotations(ToolDescriptor.Hints hints) {
        Boolean readOnly = hints.readOnly() ? Boolean.TRUE : null;
        Boolean destructive = hints.readOnly() || hints.destructive() ? null : Boolean.FALSE;
        Boolean idempotent = hints.idempotent() && !hints.readOnly() ? Boolean.TRUE : null;
        return new McpSchema.ToolAnnotations(null, readOnly, destructive, idempotent, false, null);
    }

    private CallToolResult call(OrchestratorTool tool, McpSyncServerExchange exchange, McpSchema.CallToolRequest request) {
        long started = System.nanoTime();
        try (CallProgress progress = CallProgress.of(exchange, request)) {
            Map<String, Object> decoded = tool.upgraded(Optional.ofNullable(JsonStringArguments.decoded(
                    tool.descriptor().input(), request.arguments(), OrchestratorMcpServer.jsonMapper())).orElse(Map.of()));
            Arguments arguments = tool.descriptor().input().parse(decoded);
            Caller caller = caller(exchange);
            Optional<String> requestId = arguments.text("request_id");
            ToolReply reply = requestId.isEmpty() ? tool.call(arguments, caller)
                    : retrySafe.call(tool, arguments.text("agent").orElse(clientName(exchange)), requestId.get(),
                            decoded, () -> tool.call(arguments, caller));
            log(exchange, McpSchema.LoggingLevel.DEBUG, request.name() + " answered in " + millisSince(started) + " ms");
            return CallToolResult.builder().addTextContent(reply.text()).structuredContent(reply.structured()).build();
        } catch (OrchestratorException refused) {
            LOG.debug("{} refused: {}", request.name(), refused.getMessage());
            log(exchange, McpSchema.LoggingLevel.DEBUG, request.name() + " refused: " + refused.getMessage());
            return failure(ToolError.from(refused));
        } catch (RuntimeException | Error unexpected) {
            LOG.error("{} failed unexpectedly", request.name(), unexpected);
            log(exchange, McpSchema.LoggingLevel.ERROR, request.name() + " failed unexpectedly; see the server's log");
            return failure(ToolError.from(unexpected));
        }
    }

    private static long millisSince(long started) {
        return (System.nanoTime() - started) / 1_000_000;
    }

    /**
     * A log message to the client, at the level it set with {@code logging/setLevel} or above (the
     * SDK drops the rest); a client that cannot take it loses only the message.
     */
    private static void log(McpSyncServerExchange exchange, McpSchema.LoggingLevel level, String message) {
        try {
            exchange.loggingNotification(new McpSchema.LoggingMessageNotification(level, "tools", message));
        } catch (RuntimeException notDelivered) {
            LOG.debug("a log message did not reach the client: {}", notDelivered.getMessage());
        }
    }

    private static CallToolResult failure(ToolError error) {
        return CallToolResult.builder().addTextContent(error.text()).structuredContent(error.structured()).isError(true)
                .build();
    }

    /** The client's name, as it introduced itself: request ids are kept per client across its connections. */
    private static String clientName(McpSyncServerExchange exchange) {
        McpSchema.Implementation client = exchange.getClientInfo();
        String clientName = client == null || client.name() == null || client.name().isBlank() ? "mcp-client"
                : client.name().strip();
        return clientName.length() > CLIENT_NAME_MAX ? clientName.substring(0, CLIENT_NAME_MAX) : clientName;
    }

    private Caller caller(McpSyncServerExchange exchange) {
        String connection = exchange.sessionId() == null ? "local" : exchange.sessionId();
        String clientName = clientName(exchange);
        String tag = connection.length() > CONNECTION_TAG_LENGTH ? connection.substring(0, CONNECTION_TAG_LENGTH)
                : connection;
        return new Caller(clientName + "#" + tag, workspace, new Connection() {
            @Override
            public Duration ping() {
                long start = System.nanoTime();
                exchange.ping();
                return Duration.ofNanos(System.nanoTime() - start);
            }

            @Override
            public ServerRuntime.Activity activity() {
                return activity.activity();
            }
        });
    }
}

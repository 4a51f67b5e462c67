package dev.taskorchestrator.mcp.server;

import dev.taskorchestrator.domain.common.OrchestratorException;
import dev.taskorchestrator.mcp.ToolError;
import io.modelcontextprotocol.spec.McpError;
import io.modelcontextprotocol.spec.McpSchema;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Failures of resource reads and prompt requests, which MCP answers with JSON-RPC errors rather
 * than results: an unknown id is "resource not found" (-32002), a malformed one "invalid params"
 * (-32602); the error's data is the same structured error a tool result carries.
 */
final class ResourceErrors {

    private static final Logger LOG = LoggerFactory.getLogger(ResourceErrors.class);
    private static final int RESOURCE_NOT_FOUND = -32002;

    private ResourceErrors() {
    }

    static McpError notFound(String uri) {
        return new McpError(new McpSchema.JSONRPCResponse.JSONRPCError(RESOURCE_NOT_FOUND,
                "no resource at " + uri, null));
    }

    static McpError from(String target, RuntimeException failure) {
        if (failure instanceof McpError already) {
            return already;
        }
        if (!(failure instanceof OrchestratorException)) {
            LOG.error("reading {} failed unexpectedly", target, failure);
        }
        ToolError error = ToolError.from(failure);
        int code = failure instanceof OrchestratorException domain ? switch (domain.code()) {
            case NOT_FOUND -> RESOURCE_NOT_FOUND;
            case INVALID_ARGUMENT -> McpSchema.ErrorCodes.INVALID_PARAMS;
            default -> McpSchema.ErrorCodes.INTERNAL_ERROR;
        } : McpSchema.ErrorCodes.INTERNAL_ERROR;
        return new McpError(new McpSchema.JSONRPCResponse.JSONRPCError(code, error.message(), error.structured()));
    }
}

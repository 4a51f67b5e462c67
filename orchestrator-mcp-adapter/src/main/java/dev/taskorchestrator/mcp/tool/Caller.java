package dev.taskorchestrator.mcp.tool;

import dev.taskorchestrator.domain.session.SessionId;
import java.util.Objects;
import java.util.Optional;

/**
 * Who is calling: one MCP connection, the agent name its claims are recorded under, and the
 * workspace session it is bound to once it has initialized or resumed one.
 *
 * @param connectionId the MCP session's id, unique per connected client
 * @param agent the assignee recorded for claims made over this connection
 * @param workspace the server's workspace, the default for {@code working_directory}
 */
public record Caller(String connectionId, String agent, String workspace, SessionBindings bindings,
        Connection connection) {

    public Caller {
        Objects.requireNonNull(connectionId, "connectionId");
        Objects.requireNonNull(agent, "agent");
        Objects.requireNonNull(workspace, "workspace");
        Objects.requireNonNull(bindings, "bindings");
        Objects.requireNonNull(connection, "connection");
    }

    public Optional<SessionId> boundSession() {
        return bindings.sessionOf(connectionId);
    }

    public void bind(SessionId session) {
        bindings.bind(connectionId, session);
    }
}

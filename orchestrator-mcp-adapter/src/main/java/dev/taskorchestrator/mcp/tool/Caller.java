package dev.taskorchestrator.mcp.tool;

import dev.taskorchestrator.domain.common.Actor;
import java.util.Objects;
import java.util.Optional;

/**
 * Who is calling: one MCP connection and the agent it is. Every change it makes is made as that
 * agent; a call may name another agent (the {@code agent} parameter), never an operator.
 *
 * @param agent the name claims and history are recorded under for this connection
 * @param workspace the server's workspace: the default for {@code working_directory}, and the
 *     workspace whose open session a call means when it names none
 */
public record Caller(String agent, String workspace, Connection connection) {

    public Caller {
        Objects.requireNonNull(agent, "agent");
        Objects.requireNonNull(workspace, "workspace");
        Objects.requireNonNull(connection, "connection");
    }

    /** The agent this call acts as: the one it names, else this connection's. */
    public Actor actor(Optional<String> named) {
        return Actor.agent(named.orElse(agent));
    }

    public Actor actor() {
        return actor(Optional.empty());
    }
}

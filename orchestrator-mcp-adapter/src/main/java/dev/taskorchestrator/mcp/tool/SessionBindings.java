package dev.taskorchestrator.mcp.tool;

import dev.taskorchestrator.domain.session.SessionId;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Which workspace session each MCP connection works in, so that after
 * {@code orchestrator_initialize_session} a plan lands in that session without the agent repeating
 * its id. Held in memory: a reconnecting client initializes again and is bound again.
 */
public final class SessionBindings {

    private final Map<String, SessionId> byConnection = new ConcurrentHashMap<>();

    public Optional<SessionId> sessionOf(String connectionId) {
        return Optional.ofNullable(byConnection.get(connectionId));
    }

    public void bind(String connectionId, SessionId session) {
        byConnection.put(connectionId, session);
    }
}

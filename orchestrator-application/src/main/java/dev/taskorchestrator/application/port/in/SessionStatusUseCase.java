package dev.taskorchestrator.application.port.in;

import dev.taskorchestrator.domain.common.Checks;
import dev.taskorchestrator.domain.session.Session;
import dev.taskorchestrator.domain.session.SessionId;
import java.util.Optional;

/** Shows one session with its task counts: the one named, else the open session of the workspace. */
public interface SessionStatusUseCase {

    SessionDetails status(Query query);

    record Query(Optional<SessionId> sessionId, Optional<String> workspace) {
        public Query {
            Checks.required(sessionId, "session_id");
            workspace = Checks.required(workspace, "workspace").map(path -> Session.workspaceKey(path, "workspace"));
        }

        public static Query of(SessionId sessionId) {
            return new Query(Optional.of(sessionId), Optional.empty());
        }
    }
}

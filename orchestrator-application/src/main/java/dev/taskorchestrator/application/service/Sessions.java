package dev.taskorchestrator.application.service;

import dev.taskorchestrator.application.port.in.SessionDetails;
import dev.taskorchestrator.application.port.out.SessionRepository;
import dev.taskorchestrator.application.port.out.TaskRepository;
import dev.taskorchestrator.domain.common.OrchestratorException;
import dev.taskorchestrator.domain.session.Session;
import dev.taskorchestrator.domain.session.SessionId;
import java.util.Optional;

/** Loading sessions with their task counts. */
final class Sessions {

    private final SessionRepository sessions;
    private final TaskRepository tasks;

    Sessions(SessionRepository sessions, TaskRepository tasks) {
        this.sessions = sessions;
        this.tasks = tasks;
    }

    Optional<Session> find(SessionId id) {
        return sessions.findById(id);
    }

    Session require(SessionId id) {
        return sessions.findById(id).orElseThrow(() -> OrchestratorException.notFound("session_id", "session", id.value()));
    }

    /**
     * Marks activity on the session a task belongs to, to the session's resolution; a task without
     * a session has nothing to mark.
     */
    void touch(Optional<SessionId> id, java.time.Instant now) {
        id.flatMap(sessions::findById).filter(session -> session.activityOutdatedAt(now))
                .ifPresent(session -> sessions.save(session.touch(now)));
    }

    /**
     * The session a command means: the one it names (which must exist), else the open session of
     * its workspace (the most recently active), so that the terminal and an agent land in the same one.
     */
    Optional<SessionId> choose(Optional<SessionId> named, Optional<String> workspace) {
        if (named.isPresent()) {
            return Optional.of(require(named.get()).id());
        }
        return workspace.flatMap(sessions::findOpenByWorkspace).map(Session::id);
    }

    SessionDetails details(Session session) {
        return new SessionDetails(session, tasks.countByStatus(Optional.of(session.id())));
    }
}

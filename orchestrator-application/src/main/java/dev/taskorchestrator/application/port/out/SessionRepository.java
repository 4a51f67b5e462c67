package dev.taskorchestrator.application.port.out;

import dev.taskorchestrator.domain.session.Session;
import dev.taskorchestrator.domain.session.SessionId;
import java.util.List;
import java.util.Optional;

/** The sessions of the orchestrator. Every method joins the current unit of work. */
public interface SessionRepository {

    /** Inserts or replaces the session with this id. */
    void save(Session session);

    Optional<Session> findById(SessionId id);

    /** The most recently active session of {@code workspace} that is active or paused. */
    Optional<Session> findOpenByWorkspace(String workspace);

    /** Sessions by most recent activity first; archived and completed ones only when asked. */
    List<Session> list(boolean includeClosed, int limit);

    /** Sessions that are not archived, least recently active first: what a cleanup examines. */
    List<Session> findCleanupCandidates(int limit);
}

package com.example.tasks;

import dev.taskorchestrator.application.port.out.SessionRepository;
import dev.taskorchestrator.domain.session.Session;
import dev.taskorchestrator.domain.session.SessionId;
import dev.taskorchestrator.domain.session.SessionStatus;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * An adapter of our own for one of the orchestrator's ports: sessions kept in a map, as a team
 * would keep them in its own store. {@code MapSessionRepositoryTest} runs the orchestrator's
 * contract suite against it, the same proof the orchestrator's SQLite and PostgreSQL adapters get.
 */
public final class MapSessionRepository implements SessionRepository {

    private static final Set<SessionStatus> OPEN = EnumSet.of(SessionStatus.ACTIVE, SessionStatus.PAUSED);
    private static final Comparator<Session> MOST_RECENT_FIRST = Comparator.comparing(Session::lastActivityAt)
            .thenComparing(session -> session.id().value()).reversed();

    private final Map<SessionId, Session> sessions = new ConcurrentHashMap<>();

    @Override
    public void save(Session session) {
        sessions.put(session.id(), session);
    }

    @Override
    public Optional<Session> findById(SessionId id) {
        return Optional.ofNullable(sessions.get(id));
    }

    @Override
    public Optional<Session> findOpenByWorkspace(String workspace) {
        return sessions.values().stream().filter(session -> session.workspace().equals(workspace))
                .filter(session -> OPEN.contains(session.status())).min(MOST_RECENT_FIRST);
    }

    @Override
    public List<Session> list(boolean includeClosed, int limit) {
        return sessions.values().stream().filter(session -> includeClosed || OPEN.contains(session.status()))
                .sorted(MOST_RECENT_FIRST).limit(limit).toList();
    }

    @Override
    public List<Session> findCleanupCandidates(int limit) {
        return sessions.values().stream().filter(session -> session.status() != SessionStatus.ARCHIVED)
                .sorted(MOST_RECENT_FIRST.reversed()).limit(limit).toList();
    }
}

package dev.taskorchestrator.testkit.memory;

import dev.taskorchestrator.application.port.out.SessionRepository;
import dev.taskorchestrator.domain.session.Session;
import dev.taskorchestrator.domain.session.SessionId;
import dev.taskorchestrator.domain.session.SessionStatus;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

public final class InMemorySessionRepository implements SessionRepository {

    private static final Set<SessionStatus> OPEN = EnumSet.of(SessionStatus.ACTIVE, SessionStatus.PAUSED);
    private static final Comparator<Session> MOST_RECENT_FIRST = Comparator.comparing(Session::lastActivityAt)
            .thenComparing(s -> s.id().value()).reversed();

    private final InMemoryDatabase db;

    public InMemorySessionRepository(InMemoryDatabase db) {
        this.db = db;
    }

    @Override
    public void save(Session session) {
        db.locked(() -> db.sessions.put(session.id(), session));
    }

    @Override
    public Optional<Session> findById(SessionId id) {
        return db.locked(() -> Optional.ofNullable(db.sessions.get(id)));
    }

    @Override
    public Optional<Session> findOpenByWorkspace(String workspace) {
        return db.locked(() -> db.sessions.values().stream()
                .filter(s -> s.workspace().equals(workspace) && OPEN.contains(s.status()))
                .min(MOST_RECENT_FIRST));
    }

    @Override
    public List<Session> list(boolean includeClosed, int limit) {
        return db.locked(() -> db.sessions.values().stream()
                .filter(s -> includeClosed || OPEN.contains(s.status()))
                .sorted(MOST_RECENT_FIRST)
                .limit(limit)
                .toList());
    }

    @Override
    public List<Session> findCleanupCandidates(int limit) {
        return db.locked(() -> db.sessions.values().stream()
                .filter(s -> s.status() != SessionStatus.ARCHIVED)
                .sorted(MOST_RECENT_FIRST.reversed())
                .limit(limit)
                .toList());
    }
}

package dev.taskorchestrator.persistence.jdbi;

import dev.taskorchestrator.application.port.out.SessionRepository;
import dev.taskorchestrator.domain.common.WireValues;
import dev.taskorchestrator.domain.session.Session;
import dev.taskorchestrator.domain.session.SessionId;
import dev.taskorchestrator.domain.session.SessionStatus;
import java.util.List;
import java.util.Optional;
import org.jdbi.v3.core.mapper.RowMapper;

/** Sessions in SQLite or PostgreSQL. */
public final class JdbiSessionRepository implements SessionRepository {

    private static final String COLUMNS = "id, name, workspace, status, created_at, last_activity_at, resumed_at";
    private static final RowMapper<Session> SESSION = (rs, ctx) -> new Session(new SessionId(rs.getString("id")),
            rs.getString("name"), rs.getString("workspace"),
            WireValues.parse(SessionStatus.class, rs.getString("status"), "status"),
            Columns.instant(rs.getLong("created_at")), Columns.instant(rs.getLong("last_activity_at")),
            Columns.instantOrEmpty(rs, "resumed_at"));

    private final Handles handles;

    public JdbiSessionRepository(Handles handles) {
        this.handles = handles;
    }

    @Override
    public void save(Session session) {
        handles.with(handle -> handle.createUpdate("INSERT INTO sessions (" + COLUMNS + ") VALUES (:id, :name, :workspace,"
                + " :status, :created_at, :last_activity_at, :resumed_at) ON CONFLICT (id) DO UPDATE SET name = :name,"
                + " workspace = :workspace, status = :status, last_activity_at = :last_activity_at,"
                + " resumed_at = :resumed_at")
                .bind("id", session.id().value())
                .bind("name", session.name())
                .bind("workspace", session.workspace())
                .bind("status", session.status().wire())
                .bind("created_at", Columns.nanos(session.createdAt()))
                .bind("last_activity_at", Columns.nanos(session.lastActivityAt()))
                .bind("resumed_at", Columns.nanos(session.resumedAt()))
                .execute());
    }

    @Override
    public Optional<Session> findById(SessionId id) {
        return handles.with(handle -> handle.createQuery("SELECT " + COLUMNS + " FROM sessions WHERE id = :id")
                .bind("id", id.value()).map(SESSION).findOne());
    }

    @Override
    public Optional<Session> findOpenByWorkspace(String workspace) {
        return handles.with(handle -> handle.createQuery("SELECT " + COLUMNS + " FROM sessions WHERE workspace = :workspace"
                + " AND status IN ('active', 'paused') ORDER BY last_activity_at DESC, id DESC LIMIT 1")
                .bind("workspace", workspace).map(SESSION).findOne());
    }

    @Override
    public List<Session> list(boolean includeClosed, int limit) {
        return handles.with(handle -> handle.createQuery("SELECT " + COLUMNS + " FROM sessions"
                + (includeClosed ? "" : " WHERE status IN ('active', 'paused')")
                + " ORDER BY last_activity_at DESC, id DESC LIMIT :limit").bind("limit", limit).map(SESSION).list());
    }

    @Override
    public List<Session> findCleanupCandidates(int limit) {
        return handles.with(handle -> handle.createQuery("SELECT " + COLUMNS + " FROM sessions WHERE status <> 'archived'"
                + " ORDER BY last_activity_at, id LIMIT :limit").bind("limit", limit).map(SESSION).list());
    }
}

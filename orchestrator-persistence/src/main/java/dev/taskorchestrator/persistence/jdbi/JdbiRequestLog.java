package dev.taskorchestrator.persistence.jdbi;

import dev.taskorchestrator.application.port.out.RequestLog;
import java.time.Instant;
import java.util.Optional;
import org.jdbi.v3.core.JdbiException;

/** Request ids and their replies in the {@code request_log} table. */
public final class JdbiRequestLog implements RequestLog {

    private final Handles handles;

    public JdbiRequestLog(Handles handles) {
        this.handles = handles;
    }

    @Override
    public Optional<Recorded> find(Key key) {
        return handles.with(handle -> handle.createQuery("SELECT fingerprint, reply, recorded_at FROM request_log"
                        + " WHERE actor = :actor AND request_id = :id")
                .bind("actor", key.actor()).bind("id", key.requestId())
                .map((rs, ctx) -> new Recorded(key, rs.getString("fingerprint"), rs.getString("reply"),
                        Columns.instant(rs.getLong("recorded_at"))))
                .findOne());
    }

    /**
     * A key another writer kept first is a unique violation: inside a unit of work, a lost race, so
     * that the unit of work runs again and returns the reply the winner kept.
     */
    @Override
    public void record(Recorded request) {
        boolean withinUseCase = handles.inUnitOfWork();
        handles.with(handle -> {
            try {
                return handle.createUpdate("INSERT INTO request_log (actor, request_id, fingerprint, reply, recorded_at)"
                                + " VALUES (:actor, :id, :fingerprint, :reply, :at)")
                        .bind("actor", request.key().actor()).bind("id", request.key().requestId())
                        .bind("fingerprint", request.fingerprint()).bind("reply", request.reply())
                        .bind("at", Columns.nanos(request.at()))
                        .execute();
            } catch (JdbiException failure) {
                if (handles.isUniqueViolation(failure)) {
                    throw Handles.staleRow(withinUseCase, "request_id '" + request.key().requestId()
                            + "' was kept by a call running at the same time", "request_id");
                }
                throw handles.translate(failure, "keeping a request id");
            }
        });
    }

    @Override
    public void remove(Key key) {
        handles.with(handle -> handle.createUpdate("DELETE FROM request_log WHERE actor = :actor AND request_id = :id")
                .bind("actor", key.actor()).bind("id", key.requestId()).execute());
    }

    @Override
    public int removeRecordedBefore(Instant cutoff) {
        return handles.with(handle -> handle.createUpdate("DELETE FROM request_log WHERE recorded_at < :cutoff")
                .bind("cutoff", Columns.nanos(cutoff)).execute());
    }
}

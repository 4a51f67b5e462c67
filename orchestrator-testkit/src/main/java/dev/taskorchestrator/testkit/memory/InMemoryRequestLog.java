package dev.taskorchestrator.testkit.memory;

import dev.taskorchestrator.application.port.out.RequestLog;
import dev.taskorchestrator.domain.common.ErrorCode;
import dev.taskorchestrator.domain.common.OrchestratorException;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** Request ids in the in-memory database: one lock serialises callers, so no two keep one id. */
public final class InMemoryRequestLog implements RequestLog {

    private final InMemoryDatabase db;

    public InMemoryRequestLog(InMemoryDatabase db) {
        this.db = db;
    }

    @Override
    public Optional<Recorded> find(Key key) {
        return db.locked(() -> Optional.ofNullable(db.requests.get(key)));
    }

    @Override
    public void record(Recorded request) {
        db.locked(() -> {
            if (db.requests.containsKey(request.key())) {
                throw new OrchestratorException(ErrorCode.CONFLICT, "request_id '" + request.key().requestId()
                        + "' is kept already", "request_id", List.of());
            }
            db.requests.put(request.key(), request);
            return null;
        });
    }

    @Override
    public void remove(Key key) {
        db.locked(() -> db.requests.remove(key));
    }

    @Override
    public int removeRecordedBefore(Instant cutoff) {
        return db.locked(() -> {
            int before = db.requests.size();
            db.requests.values().removeIf(request -> request.at().isBefore(cutoff));
            return before - db.requests.size();
        });
    }
}

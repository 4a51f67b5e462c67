package dev.taskorchestrator.persistence.jdbi;

import dev.taskorchestrator.application.port.out.LifecycleStore;
import dev.taskorchestrator.domain.common.WireValues;
import dev.taskorchestrator.domain.reboot.LifecyclePhase;
import dev.taskorchestrator.domain.reboot.LifecycleRecord;
import java.util.List;
import java.util.Optional;
import org.jdbi.v3.core.mapper.RowMapper;

/** The server's lifecycle, one row per change, the newest being the current one. */
public final class JdbiLifecycleStore implements LifecycleStore {

    private static final RowMapper<LifecycleRecord> RECORD = (rs, ctx) -> new LifecycleRecord(
            WireValues.parse(LifecyclePhase.class, rs.getString("phase"), "phase"), Columns.instant(rs.getLong("entered_at")),
            rs.getInt("restarts"), Optional.ofNullable(rs.getString("last_error")),
            Optional.ofNullable(rs.getString("failed_in")).map(p -> WireValues.parse(LifecyclePhase.class, p, "failed_in")));

    private final Handles handles;

    public JdbiLifecycleStore(Handles handles) {
        this.handles = handles;
    }

    @Override
    public Optional<LifecycleRecord> current() {
        return history(1).stream().findFirst();
    }

    @Override
    public void save(LifecycleRecord record) {
        handles.with(handle -> handle.createUpdate("INSERT INTO lifecycle (phase, entered_at, restarts, last_error, failed_in)"
                + " VALUES (:phase, :entered_at, :restarts, :last_error, :failed_in)")
                .bind("phase", record.phase().wire())
                .bind("entered_at", Columns.nanos(record.enteredAt()))
                .bind("restarts", record.restarts())
                .bind("last_error", record.lastError().orElse(null))
                .bind("failed_in", record.failedIn().map(LifecyclePhase::wire).orElse(null))
                .execute());
    }

    @Override
    public List<LifecycleRecord> history(int limit) {
        return handles.with(handle -> handle.createQuery("SELECT phase, entered_at, restarts, last_error, failed_in"
                + " FROM lifecycle ORDER BY seq DESC LIMIT :limit").bind("limit", limit).map(RECORD).list());
    }
}

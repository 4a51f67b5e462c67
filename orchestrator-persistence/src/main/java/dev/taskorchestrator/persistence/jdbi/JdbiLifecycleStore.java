package dev.taskorchestrator.persistence.jdbi;

import dev.taskorchestrator.application.port.out.LifecycleStore;
import dev.taskorchestrator.domain.common.OrchestratorException;
import dev.taskorchestrator.domain.common.WireValues;
import dev.taskorchestrator.domain.reboot.InstanceId;
import dev.taskorchestrator.domain.reboot.LifecycleEntry;
import dev.taskorchestrator.domain.reboot.LifecyclePhase;
import dev.taskorchestrator.domain.reboot.LifecycleRecord;
import dev.taskorchestrator.domain.reboot.PhaseTiming;
import dev.taskorchestrator.domain.reboot.RestartReason;
import dev.taskorchestrator.domain.reboot.RestartRecord;
import dev.taskorchestrator.domain.reboot.ServerInstance;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jdbi.v3.core.mapper.RowMapper;
import org.jdbi.v3.core.statement.Update;

/**
 * The server instances with their current lifecycle, every lifecycle record as a history row, and
 * the starts and restarts. Recovering a dead instance is one conditional update, so that of two
 * starts at once, on any database, exactly one recovers it.
 */
public final class JdbiLifecycleStore implements LifecycleStore {

    private static final String INSTANCE_COLUMNS = "id, pid, host, started_at, heartbeat_at, phase, entered_at, restarts,"
            + " last_error, failed_in, recovered_by";

    private static final RowMapper<ServerInstance> INSTANCE = (rs, ctx) -> new ServerInstance(
            new InstanceId(rs.getString("id")), rs.getLong("pid"), rs.getString("host"),
            Columns.instant(rs.getLong("started_at")), Columns.instant(rs.getLong("heartbeat_at")), record(rs),
            Optional.ofNullable(rs.getString("recovered_by")).map(InstanceId::new));

    private static final RowMapper<LifecycleEntry> ENTRY = (rs, ctx) -> new LifecycleEntry(
            new InstanceId(rs.getString("instance_id")), record(rs));

    private static final RowMapper<RestartRecord> RESTART = (rs, ctx) -> new RestartRecord(
            new InstanceId(rs.getString("instance_id")),
            WireValues.parse(RestartRecord.Kind.class, rs.getString("kind"), "kind"),
            Optional.ofNullable(rs.getString("reason")).map(reason -> WireValues.parse(RestartReason.class, reason,
                    "reason")),
            Columns.instant(rs.getLong("began_at")), Duration.ofNanos(rs.getLong("took_ns")),
            phases(rs.getString("phases")), rs.getBoolean("succeeded"), Optional.ofNullable(rs.getString("error")),
            Columns.jsonStrings(rs.getString("recovered")).stream().map(InstanceId::new).toList());

    private final Handles handles;

    public JdbiLifecycleStore(Handles handles) {
        this.handles = handles;
    }

    private static LifecycleRecord record(ResultSet rs) throws SQLException {
        return new LifecycleRecord(phase(rs.getString("phase")), Columns.instant(rs.getLong("entered_at")),
                rs.getInt("restarts"), Optional.ofNullable(rs.getString("last_error")),
                Optional.ofNullable(rs.getString("failed_in")).map(JdbiLifecycleStore::phase));
    }

    private static LifecyclePhase phase(String wire) {
        return WireValues.parse(LifecyclePhase.class, wire, "phase");
    }

    private static Update bindRecord(Update update, LifecycleRecord record) {
        return update.bind("phase", record.phase().wire())
                .bind("entered_at", Columns.nanos(record.enteredAt()))
                .bind("restarts", record.restarts())
                .bind("last_error", record.lastError().orElse(null))
                .bind("failed_in", record.failedIn().map(LifecyclePhase::wire).orElse(null));
    }

    @Override
    public void register(ServerInstance instance) {
        handles.with(handle -> bindRecord(handle.createUpdate("INSERT INTO server_instances (id, pid, host, started_at,"
                + " heartbeat_at, phase, entered_at, restarts, last_error, failed_in) VALUES (:id, :pid, :host,"
                + " :started_at, :heartbeat_at, :phase, :entered_at, :restarts, :last_error, :failed_in)"),
                instance.lifecycle())
                .bind("id", instance.id().value())
                .bind("pid", instance.pid())
                .bind("host", instance.host())
                .bind("started_at", Columns.nanos(instance.startedAt()))
                .bind("heartbeat_at", Columns.nanos(instance.heartbeatAt()))
                .execute());
    }

    @Override
    public Optional<ServerInstance> find(InstanceId id) {
        return handles.with(handle -> handle.createQuery("SELECT " + INSTANCE_COLUMNS + " FROM server_instances"
                + " WHERE id = :id").bind("id", id.value()).map(INSTANCE).findOne());
    }

    @Override
    public List<ServerInstance> instances(int limit) {
        return handles.with(handle -> handle.createQuery("SELECT " + INSTANCE_COLUMNS + " FROM server_instances"
                + " ORDER BY started_at DESC, id DESC LIMIT :limit").bind("limit", limit).map(INSTANCE).list());
    }

    @Override
    public void save(InstanceId id, LifecycleRecord record) {
        handles.with(handle -> {
            int updated = bindRecord(handle.createUpdate("UPDATE server_instances SET phase = :phase, entered_at ="
                    + " :entered_at, restarts = :restarts, last_error = :last_error, failed_in = :failed_in"
                    + " WHERE id = :id"), record).bind("id", id.value()).execute();
            if (updated == 0) {
                throw OrchestratorException.notFound("instance_id", "instance", id.value());
            }
            return bindRecord(handle.createUpdate("INSERT INTO lifecycle (instance_id, phase, entered_at, restarts,"
                    + " last_error, failed_in) VALUES (:instance_id, :phase, :entered_at, :restarts, :last_error,"
                    + " :failed_in)"), record).bind("instance_id", id.value()).execute();
        });
    }

    @Override
    public boolean heartbeat(InstanceId id, Instant at) {
        return handles.with(handle -> handle.createUpdate("UPDATE server_instances SET heartbeat_at = :at"
                + " WHERE id = :id AND recovered_by IS NULL")
                .bind("at", Columns.nanos(at)).bind("id", id.value()).execute()) == 1;
    }

    @Override
    public boolean markRecovered(ServerInstance seen, InstanceId by, Instant at) {
        // One conditional statement: a heartbeat or a phase written after the start judged the instance
        // dead, or another start's recovery, makes it match nothing, whichever database serialises it.
        return handles.with(handle -> handle.createUpdate("UPDATE server_instances SET recovered_by = :by,"
                + " recovered_at = :at WHERE id = :id AND recovered_by IS NULL AND heartbeat_at = :heartbeat_at"
                + " AND phase = :phase AND entered_at = :entered_at")
                .bind("by", by.value()).bind("at", Columns.nanos(at)).bind("id", seen.id().value())
                .bind("heartbeat_at", Columns.nanos(seen.heartbeatAt()))
                .bind("phase", seen.lifecycle().phase().wire())
                .bind("entered_at", Columns.nanos(seen.lifecycle().enteredAt())).execute()) == 1;
    }

    @Override
    public List<LifecycleEntry> history(int limit) {
        return handles.with(handle -> handle.createQuery("SELECT instance_id, phase, entered_at, restarts, last_error,"
                + " failed_in FROM lifecycle WHERE instance_id IS NOT NULL ORDER BY seq DESC LIMIT :limit")
                .bind("limit", limit).map(ENTRY).list());
    }

    @Override
    public int restartsSoFar() {
        return handles.with(handle -> handle.createQuery("SELECT COALESCE(MAX(restarts), 0) FROM lifecycle")
                .mapTo(Integer.class).one());
    }

    @Override
    public void addRestart(RestartRecord restart) {
        handles.with(handle -> handle.createUpdate("INSERT INTO server_restarts (instance_id, kind, reason, began_at,"
                + " took_ns, phases, succeeded, error, recovered) VALUES (:instance_id, :kind, :reason, :began_at,"
                + " :took_ns, :phases, :succeeded, :error, :recovered)")
                .bind("instance_id", restart.instance().value())
                .bind("kind", restart.kind().wire())
                .bind("reason", restart.reason().map(RestartReason::wire).orElse(null))
                .bind("began_at", Columns.nanos(restart.began()))
                .bind("took_ns", restart.took().toNanos())
                .bind("phases", Columns.json(restart.phases().stream().map(JdbiLifecycleStore::phaseRow).toList()))
                .bind("succeeded", restart.succeeded())
                .bind("error", restart.error().orElse(null))
                .bind("recovered", Columns.json(restart.recovered().stream().map(InstanceId::value).toList()))
                .execute());
    }

    @Override
    public List<RestartRecord> restarts(int limit) {
        return handles.with(handle -> handle.createQuery("SELECT instance_id, kind, reason, began_at, took_ns, phases,"
                + " succeeded, error, recovered FROM server_restarts ORDER BY seq DESC LIMIT :limit")
                .bind("limit", limit).map(RESTART).list());
    }

    private static Map<String, Object> phaseRow(PhaseTiming timing) {
        Map<String, Object> row = new LinkedHashMap<>();
        row.put("phase", timing.phase().wire());
        row.put("took_ns", timing.took().toNanos());
        return row;
    }

    private static List<PhaseTiming> phases(String json) {
        return Columns.jsonObjects(json).stream().map(row -> new PhaseTiming(phase((String) row.get("phase")),
                Duration.ofNanos(((Number) row.get("took_ns")).longValue()))).toList();
    }
}

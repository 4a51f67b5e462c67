package dev.taskorchestrator.testkit.memory;

import dev.taskorchestrator.application.port.out.LifecycleStore;
import dev.taskorchestrator.domain.common.ErrorCode;
import dev.taskorchestrator.domain.common.OrchestratorException;
import dev.taskorchestrator.domain.reboot.InstanceId;
import dev.taskorchestrator.domain.reboot.LifecycleEntry;
import dev.taskorchestrator.domain.reboot.LifecycleRecord;
import dev.taskorchestrator.domain.reboot.RestartRecord;
import dev.taskorchestrator.domain.reboot.ServerInstance;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

public final class InMemoryLifecycleStore implements LifecycleStore {

    private final InMemoryDatabase db;

    public InMemoryLifecycleStore(InMemoryDatabase db) {
        this.db = db;
    }

    @Override
    public void register(ServerInstance instance) {
        db.locked(() -> {
            if (db.instances.putIfAbsent(instance.id(), instance) != null) {
                throw new OrchestratorException(ErrorCode.CONFLICT, "instance " + instance.id() + " already exists");
            }
            return null;
        });
    }

    @Override
    public Optional<ServerInstance> find(InstanceId id) {
        return db.locked(() -> Optional.ofNullable(db.instances.get(id)));
    }

    @Override
    public List<ServerInstance> instances(int limit) {
        return db.locked(() -> db.instances.values().stream()
                .sorted(Comparator.comparing(ServerInstance::startedAt).thenComparing(i -> i.id().value()).reversed())
                .limit(limit).toList());
    }

    @Override
    public void save(InstanceId id, LifecycleRecord record) {
        db.locked(() -> {
            ServerInstance instance = db.instances.get(id);
            if (instance == null) {
                throw OrchestratorException.notFound("instance_id", "instance", id.value());
            }
            db.instances.put(id, instance.withLifecycle(record));
            db.lifecycle.add(new LifecycleEntry(id, record));
            return null;
        });
    }

    @Override
    public boolean heartbeat(InstanceId id, Instant at) {
        return db.locked(() -> {
            ServerInstance instance = db.instances.get(id);
            if (instance == null || instance.recoveredBy().isPresent()) {
                return false;
            }
            db.instances.put(id, instance.withHeartbeat(at));
            return true;
        });
    }

    @Override
    public boolean markRecovered(ServerInstance seen, InstanceId by, Instant at) {
        return db.locked(() -> {
            ServerInstance instance = db.instances.get(seen.id());
            if (instance == null || !instance.unchangedSince(seen)) {
                return false;
            }
            db.instances.put(seen.id(), instance.recoveredBy(by));
            return true;
        });
    }

    @Override
    public List<LifecycleEntry> history(int limit) {
        return db.locked(() -> newestFirst(db.lifecycle, limit));
    }

    @Override
    public int restartsSoFar() {
        return db.locked(() -> db.lifecycle.stream().mapToInt(entry -> entry.record().restarts()).max().orElse(0));
    }

    @Override
    public void addRestart(RestartRecord restart) {
        db.locked(() -> db.restarts.add(restart));
    }

    @Override
    public List<RestartRecord> restarts(int limit) {
        return db.locked(() -> newestFirst(db.restarts, limit));
    }

    private static <T> List<T> newestFirst(List<T> appended, int limit) {
        List<T> reversed = new ArrayList<>(appended);
        Collections.reverse(reversed);
        return List.copyOf(reversed.subList(0, Math.min(limit, reversed.size())));
    }
}

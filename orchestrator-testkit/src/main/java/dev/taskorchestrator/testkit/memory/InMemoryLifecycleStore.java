package dev.taskorchestrator.testkit.memory;

import dev.taskorchestrator.application.port.out.LifecycleStore;
import dev.taskorchestrator.domain.reboot.LifecycleRecord;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;

public final class InMemoryLifecycleStore implements LifecycleStore {

    private final InMemoryDatabase db;

    public InMemoryLifecycleStore(InMemoryDatabase db) {
        this.db = db;
    }

    @Override
    public Optional<LifecycleRecord> current() {
        return db.locked(() -> db.lifecycle.isEmpty() ? Optional.empty() : Optional.of(db.lifecycle.get(db.lifecycle.size() - 1)));
    }

    @Override
    public void save(LifecycleRecord record) {
        db.locked(() -> db.lifecycle.add(record));
    }

    @Override
    public List<LifecycleRecord> history(int limit) {
        return db.locked(() -> {
            List<LifecycleRecord> reversed = new ArrayList<>(db.lifecycle);
            Collections.reverse(reversed);
            return List.copyOf(reversed.subList(0, Math.min(limit, reversed.size())));
        });
    }
}

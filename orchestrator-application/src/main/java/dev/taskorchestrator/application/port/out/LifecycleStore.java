package dev.taskorchestrator.application.port.out;

import dev.taskorchestrator.domain.reboot.LifecycleRecord;
import java.util.List;
import java.util.Optional;

/** Where the server's lifecycle is persisted, so that a restart or a crash can be recognised. */
public interface LifecycleStore {

    /** The current lifecycle, if one was ever saved. */
    Optional<LifecycleRecord> current();

    /** Saves {@code record} as current and appends it to the history. */
    void save(LifecycleRecord record);

    /** Past records, most recent first, at most {@code limit}. */
    List<LifecycleRecord> history(int limit);
}

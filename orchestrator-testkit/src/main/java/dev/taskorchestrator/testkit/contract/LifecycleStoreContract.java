package dev.taskorchestrator.testkit.contract;

import static org.assertj.core.api.Assertions.assertThat;

import dev.taskorchestrator.application.port.out.LifecycleStore;
import dev.taskorchestrator.domain.reboot.LifecyclePhase;
import dev.taskorchestrator.domain.reboot.LifecycleRecord;
import dev.taskorchestrator.testkit.fixtures.MutableClock;
import dev.taskorchestrator.testkit.StorePorts;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * What every {@link LifecycleStore} must do. The lifecycle is one per database, so this contract
 * needs a store of its own (a fresh database) rather than a shared one.
 */
public abstract class LifecycleStoreContract {

    /** A store on a database no other test writes the lifecycle of. */
    protected abstract StorePorts createStore();

    protected LifecycleStore lifecycle;

    @BeforeEach
    void setUpStore() {
        lifecycle = createStore().lifecycle();
    }

    @Test
    void givenNothingSaved_whenTheCurrentLifecycleIsRead_thenEmpty() {
        assertThat(lifecycle.current()).isEmpty();
        assertThat(lifecycle.history(10)).isEmpty();
    }

    @Test
    void givenSavedRecords_whenRead_thenTheLastIsCurrentAndHistoryIsMostRecentFirst() {
        LifecycleRecord stopped = LifecycleRecord.firstStart(MutableClock.START);
        LifecycleRecord failed = new LifecycleRecord(LifecyclePhase.FAILED, MutableClock.START.plusSeconds(1), 1,
                Optional.of("disk full"), Optional.of(LifecyclePhase.RESTORING_DATABASE));
        LifecycleRecord running = new LifecycleRecord(LifecyclePhase.RUNNING, MutableClock.START.plusSeconds(2), 2,
                Optional.of("disk full"), Optional.of(LifecyclePhase.RESTORING_DATABASE));
        lifecycle.save(stopped);
        lifecycle.save(failed);
        lifecycle.save(running);

        assertThat(lifecycle.current()).contains(running);
        assertThat(lifecycle.history(2)).containsExactly(running, failed);
    }
}

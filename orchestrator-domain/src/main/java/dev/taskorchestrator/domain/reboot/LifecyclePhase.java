package dev.taskorchestrator.domain.reboot;

import dev.taskorchestrator.domain.common.WireValue;
import dev.taskorchestrator.domain.common.WireValues;

/** The phases of the server's lifecycle, as persisted and shown to clients. */
public enum LifecyclePhase implements WireValue {
    RUNNING(100),
    MAINTENANCE_MODE(10), SUSPENDING_TASKS(25), SERIALIZING_STATE(50), CLOSING_CONNECTIONS(75), FINALIZING(90),
    STOPPED(100),
    PREPARING(10), LOADING_STATE(30), RESTORING_DATABASE(50), RESUMING_TASKS(70), ENABLING_CONNECTIONS(90),
    FAILED(0);

    private final int progressPercent;

    LifecyclePhase(int progressPercent) {
        this.progressPercent = progressPercent;
    }

    /** How far the current half (shutdown or restart) has got when this phase is entered. */
    public int progressPercent() {
        return progressPercent;
    }

    /** Writes are refused in every phase but running: only then is the database certainly open and stable. */
    public boolean acceptsWrites() {
        return this == RUNNING;
    }

    @Override
    public String wire() {
        return WireValues.wireOf(this);
    }
}

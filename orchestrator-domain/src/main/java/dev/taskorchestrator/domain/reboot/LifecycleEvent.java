package dev.taskorchestrator.domain.reboot;

import dev.taskorchestrator.domain.common.WireValue;
import dev.taskorchestrator.domain.common.WireValues;

/** What moves the lifecycle. */
public enum LifecycleEvent implements WireValue {
    /** Running to maintenance mode: writes stop, reads go on. */
    ENTER_MAINTENANCE,
    /** Maintenance mode back to running without a shutdown. */
    LEAVE_MAINTENANCE,
    /** The current phase finished; go to the next phase of the shutdown or restart sequence. */
    PROCEED,
    /** Start again after a clean stop or a failed shutdown or restart. */
    BEGIN_RESTART,
    /** Start after an unclean stop: the process died in the phase that was persisted. */
    RECOVER,
    /** The current phase of a shutdown or restart failed. */
    FAIL;

    @Override
    public String wire() {
        return WireValues.wireOf(this);
    }
}

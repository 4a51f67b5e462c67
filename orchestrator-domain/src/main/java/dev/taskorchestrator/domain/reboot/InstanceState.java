package dev.taskorchestrator.domain.reboot;

import dev.taskorchestrator.domain.common.WireValue;
import dev.taskorchestrator.domain.common.WireValues;

/** What an instance is now, as another instance sees it. */
public enum InstanceState implements WireValue {
    /** Running, or in a phase of its lifecycle, and not dead. */
    LIVE,
    /** Stopped cleanly. */
    STOPPED,
    /** Gone without a clean stop; the next start recovers it. */
    DEAD,
    /** Found dead by a later start, which recovered it. */
    RECOVERED;

    @Override
    public String wire() {
        return WireValues.wireOf(this);
    }
}

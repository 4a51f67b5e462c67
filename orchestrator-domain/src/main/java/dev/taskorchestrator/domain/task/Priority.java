package dev.taskorchestrator.domain.task;

import dev.taskorchestrator.domain.common.WireValue;
import dev.taskorchestrator.domain.common.WireValues;

/** How urgent a task is; declared from least to most urgent so that {@code compareTo} ranks. */
public enum Priority implements WireValue {
    LOW, MEDIUM, HIGH, CRITICAL;

    @Override
    public String wire() {
        return WireValues.wireOf(this);
    }
}

package dev.taskorchestrator.domain.task;

import dev.taskorchestrator.domain.common.WireValue;
import dev.taskorchestrator.domain.common.WireValues;

/** How hard a task is judged to be. */
public enum Complexity implements WireValue {
    TRIVIAL, SIMPLE, MODERATE, COMPLEX, VERY_COMPLEX;

    @Override
    public String wire() {
        return WireValues.wireOf(this);
    }
}

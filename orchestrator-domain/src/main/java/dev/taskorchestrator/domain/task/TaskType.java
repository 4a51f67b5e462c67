package dev.taskorchestrator.domain.task;

import dev.taskorchestrator.domain.common.WireValue;
import dev.taskorchestrator.domain.common.WireValues;

/** What kind of work a task is. */
public enum TaskType implements WireValue {
    STANDARD, BREAKDOWN, MILESTONE, REVIEW, APPROVAL, RESEARCH, IMPLEMENTATION, TESTING, DOCUMENTATION, DEPLOYMENT, CUSTOM;

    @Override
    public String wire() {
        return WireValues.wireOf(this);
    }
}

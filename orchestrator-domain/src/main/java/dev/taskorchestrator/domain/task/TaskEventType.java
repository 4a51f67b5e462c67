package dev.taskorchestrator.domain.task;

import dev.taskorchestrator.domain.common.WireValue;
import dev.taskorchestrator.domain.common.WireValues;

/** What happened to a task, as kept in its history. */
public enum TaskEventType implements WireValue {
    CREATED, UPDATED, STATUS_CHANGED, DEPENDENCIES_CHANGED, CLAIMED, LEASE_EXPIRED, FORCED_EXECUTION, COMPLETED,
    CANCELLED, ARCHIVED, DELETED, PREREQUISITE_CANCELLED, ARTIFACT_ADDED, AUTO_COMPLETED, CLAIM_OVERRIDDEN;

    @Override
    public String wire() {
        return WireValues.wireOf(this);
    }
}

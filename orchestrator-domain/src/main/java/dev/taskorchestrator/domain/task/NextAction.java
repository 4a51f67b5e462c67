package dev.taskorchestrator.domain.task;

import dev.taskorchestrator.domain.common.WireValue;
import dev.taskorchestrator.domain.common.WireValues;

/** What the agent says should happen after it hands in its work. */
public enum NextAction implements WireValue {
    /** The task is done; go on with the plan. */
    CONTINUE(TaskStatus.COMPLETED),
    /** The task is done and so, as far as the agent knows, is the plan. */
    COMPLETE(TaskStatus.COMPLETED),
    /** The work is saved but needs another pass: the task stays in progress and keeps its claim. */
    NEEDS_REVISION(TaskStatus.IN_PROGRESS),
    /** The work is saved but cannot go on: the task becomes blocked, with the summary as the reason. */
    BLOCKED(TaskStatus.BLOCKED);

    private final TaskStatus resultingStatus;

    NextAction(TaskStatus resultingStatus) {
        this.resultingStatus = resultingStatus;
    }

    public TaskStatus resultingStatus() {
        return resultingStatus;
    }

    @Override
    public String wire() {
        return WireValues.wireOf(this);
    }
}

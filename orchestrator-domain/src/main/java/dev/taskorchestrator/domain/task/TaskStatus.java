package dev.taskorchestrator.domain.task;

import dev.taskorchestrator.domain.common.OrchestratorException;
import dev.taskorchestrator.domain.common.WireValue;
import dev.taskorchestrator.domain.common.WireValues;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/** A task's status and the one table of moves between statuses. */
public enum TaskStatus implements WireValue {
    PENDING, IN_PROGRESS, BLOCKED, COMPLETED, FAILED, CANCELLED, ARCHIVED;

    /** The older tool surface called {@code in_progress} "active"; prompts written for it still work. */
    public static final String ACTIVE_ALIAS = "active";

    private static final Map<TaskStatus, Set<TaskStatus>> ALLOWED = Map.of(
            PENDING, EnumSet.of(IN_PROGRESS, BLOCKED, CANCELLED, COMPLETED),
            IN_PROGRESS, EnumSet.of(COMPLETED, FAILED, BLOCKED, CANCELLED, PENDING),
            BLOCKED, EnumSet.of(PENDING, IN_PROGRESS, CANCELLED),
            FAILED, EnumSet.of(PENDING, CANCELLED, ARCHIVED),
            COMPLETED, EnumSet.of(ARCHIVED),
            CANCELLED, EnumSet.of(ARCHIVED),
            ARCHIVED, EnumSet.noneOf(TaskStatus.class));

    @Override
    public String wire() {
        return WireValues.wireOf(this);
    }

    public static TaskStatus parse(String value, String field) {
        if (value != null && ACTIVE_ALIAS.equals(value.strip().toLowerCase(Locale.ROOT))) {
            return IN_PROGRESS;
        }
        return WireValues.parse(TaskStatus.class, value, field);
    }

    public boolean canMoveTo(TaskStatus target) {
        return ALLOWED.get(this).contains(target);
    }

    public Set<TaskStatus> allowedTargets() {
        return EnumSet.copyOf(ALLOWED.get(this).isEmpty() ? EnumSet.noneOf(TaskStatus.class) : ALLOWED.get(this));
    }

    /**
     * The guard every status change goes through; {@code field} is the input the caller named the
     * change with ({@code status} for an update, {@code task_id} for complete or cancel).
     */
    public void requireMoveTo(TaskStatus target, TaskId task, String field) {
        if (!canMoveTo(target)) {
            List<String> allowed = allowedTargets().stream().map(TaskStatus::wire).toList();
            throw new OrchestratorException(dev.taskorchestrator.domain.common.ErrorCode.ILLEGAL_STATE,
                    "task " + task + " cannot go from " + wire() + " to " + target.wire()
                            + (allowed.isEmpty() ? " (" + wire() + " is final)" : "; from " + wire() + " it may go to: "
                            + String.join(", ", allowed)),
                    field, allowed);
        }
    }

    /** Done for the purpose of a parent's progress: nothing more will happen to it. */
    public boolean isClosed() {
        return this == COMPLETED || this == CANCELLED || this == ARCHIVED;
    }

    /** The statuses of work not yet over: pending, in progress, blocked. */
    public static Set<TaskStatus> openStatuses() {
        return EnumSet.of(PENDING, IN_PROGRESS, BLOCKED);
    }

    public boolean isOpen() {
        return this == PENDING || this == IN_PROGRESS || this == BLOCKED;
    }
}

package dev.taskorchestrator.domain.task;

import dev.taskorchestrator.domain.common.Actor;
import dev.taskorchestrator.domain.common.Checks;
import dev.taskorchestrator.domain.common.ErrorCode;
import dev.taskorchestrator.domain.common.Limits;
import dev.taskorchestrator.domain.common.OrchestratorException;
import dev.taskorchestrator.domain.session.SessionId;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * The task aggregate. Immutable: every behaviour returns the next state, so a repository can
 * compare versions and a failed use case leaves nothing half-changed. The two doors are
 * {@link #create} (creation policy) and {@link #restore} (structural checks only).
 */
public final class Task {

    private final TaskData data;

    private Task(TaskData data) {
        this.data = Objects.requireNonNull(data, "data");
    }

    public static Task create(TaskId id, NewTask spec, Instant now) {
        Objects.requireNonNull(spec, "spec");
        return new Task(new TaskData(id, spec.parentId(), spec.sessionId(), spec.title(), spec.description(),
                spec.taskType(), TaskStatus.PENDING, spec.specialistType(), spec.complexity(), spec.priority(),
                spec.estimatedEffort(), spec.dueDate(), spec.context(), spec.dependencies(), spec.autoCompleteParent(),
                Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(), 0, 0L, now, now,
                Optional.empty(), Optional.empty()));
    }

    public static Task restore(TaskData data) {
        return new Task(data);
    }

    public TaskData data() {
        return data;
    }

    public TaskId id() {
        return data.id();
    }

    public TaskStatus status() {
        return data.status();
    }

    public Optional<TaskId> parentId() {
        return data.parentId();
    }

    public Optional<SessionId> sessionId() {
        return data.sessionId();
    }

    public String title() {
        return data.title();
    }

    public String specialistType() {
        return data.specialistType();
    }

    public Priority priority() {
        return data.priority();
    }

    public List<TaskId> dependencies() {
        return data.dependencies();
    }

    public long version() {
        return data.version();
    }

    public Instant createdAt() {
        return data.createdAt();
    }

    public Optional<String> assignee() {
        return data.assignee();
    }

    /** Whether someone holds a lease on this task that is still running at {@code now}. */
    public boolean isClaimedAt(Instant now) {
        return data.claimedAt(now);
    }

    /** Whether this task was claimed and the lease ran out before {@code now}. */
    public boolean leaseExpiredAt(Instant now) {
        return data.leaseExpiresAt().filter(expiry -> !now.isBefore(expiry)).isPresent();
    }

    public Task edit(TaskChanges changes, Instant now) {
        requireEditable();
        TaskData.Builder next = data.toBuilder();
        changes.title().ifPresent(v -> next.title = v);
        changes.description().ifPresent(v -> next.description = v);
        changes.taskType().ifPresent(v -> next.taskType = v);
        changes.specialistType().ifPresent(v -> next.specialistType = v);
        changes.complexity().ifPresent(v -> next.complexity = v);
        changes.priority().ifPresent(v -> next.priority = v);
        changes.estimatedEffort().ifPresent(v -> next.estimatedEffort = Optional.of(v));
        changes.dueDate().ifPresent(v -> next.dueDate = Optional.of(v));
        changes.context().ifPresent(v -> next.context = v);
        next.updatedAt = now;
        return new Task(next.build());
    }

    public Task withDependencies(List<TaskId> dependencies, Instant now) {
        requireEditable();
        Checks.list(dependencies, "dependencies", Limits.DEPENDENCIES_MAX);
        TaskData.Builder next = data.toBuilder();
        next.dependencies = List.copyOf(dependencies);
        next.updatedAt = now;
        return new Task(next.build());
    }

    /**
     * The general, guarded status change (used by an explicit update). Side effects follow the
     * target: starting stamps {@code started_at}, completing stamps {@code completed_at}, and
     * leaving {@code in_progress} releases the claim. {@code attempts} counts claims, so a retry
     * from {@code failed} is counted when it is claimed again.
     */
    public Task moveTo(TaskStatus target, Optional<String> reason, Instant now) {
        return moveTo(target, reason, now, "status");
    }

    private Task moveTo(TaskStatus target, Optional<String> reason, Instant now, String field) {
        data.status().requireMoveTo(target, id(), field);
        TaskData.Builder next = data.toBuilder();
        next.status = target;
        next.updatedAt = now;
        next.statusReason = Checks.optionalText(reason, "reason", Limits.REASON_MAX).or(() -> data.statusReason());
        if (target != TaskStatus.IN_PROGRESS) {
            next.releaseClaim();
        }
        if (target == TaskStatus.IN_PROGRESS && data.startedAt().isEmpty()) {
            next.startedAt = Optional.of(now);
        }
        if (target == TaskStatus.COMPLETED) {
            next.completedAt = Optional.of(now);
        }
        return new Task(next.build());
    }

    /** Claims the task for {@code assignee}; the caller has checked {@link ClaimPolicies} first. */
    public Task claim(String assignee, Instant now, Duration lease) {
        String who = Checks.text(assignee, "assignee", 1, Limits.SHORT_TEXT_MAX);
        boolean renewal = data.status() == TaskStatus.IN_PROGRESS && data.assignee().filter(who::equals).isPresent();
        Task started = data.status() == TaskStatus.IN_PROGRESS
                ? this
                : moveTo(TaskStatus.IN_PROGRESS, Optional.empty(), now, "task_id");
        TaskData.Builder next = started.data.toBuilder();
        next.assignee = Optional.of(who);
        next.leaseExpiresAt = Optional.of(now.plus(lease));
        next.updatedAt = now;
        if (!renewal) {
            next.attempts = data.attempts() + 1;
        }
        return new Task(next.build());
    }

    /** Extends the claim of {@code holder}; any call on a claimed task by its holder keeps it alive. */
    public Task renewLease(String holder, Instant now, Duration lease) {
        if (!data.assignee().filter(holder::equals).isPresent()) {
            throw OrchestratorException.illegalState("task_id", "task " + id() + " is not claimed by " + holder);
        }
        TaskData.Builder next = data.toBuilder();
        next.leaseExpiresAt = Optional.of(now.plus(lease));
        next.updatedAt = now;
        return new Task(next.build());
    }

    /** An expired lease hands the task back to the pool. */
    public Task releaseExpiredLease(Instant now) {
        if (!leaseExpiredAt(now)) {
            throw OrchestratorException.illegalState("task_id", "task " + id() + " has no expired claim to release");
        }
        return moveTo(TaskStatus.PENDING, Optional.of("claim by " + data.assignee().orElse("?") + " expired"), now,
                "task_id");
    }

    /** Completes the task; whoever completes it has passed {@link #requireFreeFor} first. */
    public Task complete(String summary, Instant now) {
        String checkedSummary = Checks.text(summary, "summary", 1, Limits.SUMMARY_MAX);
        TaskData.Builder next = moveTo(TaskStatus.COMPLETED, Optional.empty(), now, "task_id").data.toBuilder();
        next.summary = Optional.of(checkedSummary);
        if (next.startedAt.isEmpty()) {
            next.startedAt = Optional.of(now);
        }
        return new Task(next.build());
    }

    public Task cancel(String reason, Instant now) {
        return moveTo(TaskStatus.CANCELLED, Optional.of(Checks.text(reason, "reason", 1, Limits.REASON_MAX)), now,
                "task_id");
    }

    /**
     * Archives the task. An open task is cancelled first, so the archive keeps both facts and the
     * status table stays the only rule.
     */
    public Task archive(String reason, Instant now) {
        Task closable = data.status().canMoveTo(TaskStatus.ARCHIVED) ? this : cancel(reason, now);
        return closable.moveTo(TaskStatus.ARCHIVED, Optional.of(reason), now, "task_id");
    }

    /**
     * Refuses a change by {@code actor} while another's lease on the task runs, unless an operator
     * overrides the claim: a person freeing a task held by a stuck agent. An agent may never
     * override. Returns whether a live claim was overridden, for the history to say so.
     */
    public boolean requireFreeFor(Actor actor, boolean overrideClaim, Instant now) {
        if (!isClaimedAt(now) || data.assignee().filter(actor.name()::equals).isPresent()) {
            return false;
        }
        if (overrideClaim && actor.isOperator()) {
            return true;
        }
        String holder = "task " + id() + " is claimed by " + data.assignee().orElseThrow() + " until "
                + data.leaseExpiresAt().orElseThrow();
        if (overrideClaim) {
            throw OrchestratorException.invalid("force", holder + "; only an operator may override another's claim,"
                    + " an agent waits for the lease to end");
        }
        throw new OrchestratorException(ErrorCode.ALREADY_CLAIMED, holder + (actor.isOperator()
                ? "; force overrides the claim" : ""), "task_id", List.of())
                .retryAfter(Duration.between(now, data.leaseExpiresAt().orElseThrow()));
    }

    private void requireEditable() {
        if (data.status() == TaskStatus.ARCHIVED) {
            throw OrchestratorException.illegalState("task_id", "task " + id() + " is archived and can no longer be changed");
        }
    }

    /** A copy with the version the store assigned on save. */
    public Task withVersion(long version) {
        TaskData.Builder next = data.toBuilder();
        next.version = version;
        return new Task(next.build());
    }

    public Map<String, Object> context() {
        return data.context();
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof Task task && task.data.equals(data);
    }

    @Override
    public int hashCode() {
        return data.hashCode();
    }

    @Override
    public String toString() {
        return "Task[" + id() + " " + data.status().wire() + " '" + data.title() + "' v" + data.version() + "]";
    }
}

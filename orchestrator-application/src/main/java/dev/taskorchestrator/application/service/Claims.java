package dev.taskorchestrator.application.service;

import dev.taskorchestrator.application.port.in.TaskExecution;
import dev.taskorchestrator.application.port.in.TaskPrompt;
import dev.taskorchestrator.application.port.out.TaskRepository;
import dev.taskorchestrator.domain.common.Actor;
import dev.taskorchestrator.domain.common.ErrorCode;
import dev.taskorchestrator.domain.common.OrchestratorException;
import dev.taskorchestrator.domain.task.ClaimPolicies;
import dev.taskorchestrator.domain.task.ClaimRequest;
import dev.taskorchestrator.domain.task.Readiness;
import dev.taskorchestrator.domain.task.Task;
import dev.taskorchestrator.domain.task.TaskEventType;
import dev.taskorchestrator.domain.task.TaskId;
import dev.taskorchestrator.domain.task.TaskStatus;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

/** Claiming a task for an agent: shared by execute and next-task so that both obey the same policies. */
final class Claims {

    private final TaskRepository repository;
    private final Tasks tasks;
    private final History history;
    private final Specialists specialists;
    private final Ancestors ancestors;
    private final Prompts prompts;
    private final Holds holds;
    private final Duration lease;

    Claims(TaskRepository repository, Tasks tasks, History history, Specialists specialists, Ancestors ancestors,
            Prompts prompts, Holds holds, Duration lease) {
        this.repository = repository;
        this.tasks = tasks;
        this.history = history;
        this.specialists = specialists;
        this.ancestors = ancestors;
        this.prompts = prompts;
        this.holds = holds;
        this.lease = lease;
    }

    /**
     * Claims the first of {@code ranked} that is free and still claimable once locked: a task
     * another agent is claiming right now is skipped, not waited for.
     */
    Optional<Claimed> claimFirstFree(List<TaskId> ranked, String agent, Instant now, Optional<Duration> asked) {
        for (TaskId candidate : ranked) {
            if (!repository.tryLockForUpdate(candidate)) {
                continue;
            }
            Optional<Task> fresh = repository.findById(candidate);
            if (fresh.isPresent()) {
                ClaimRequest request = request(fresh.get(), agent, false, now);
                if (ClaimPolicies.firstViolation(request).isEmpty()) {
                    return Optional.of(perform(request, asked.orElse(lease)));
                }
            }
        }
        return Optional.empty();
    }

    /**
     * Refuses a change by {@code actor} while another holds any of {@code tasks}, unless an operator
     * overrides the claims; each overridden claim is recorded in its task's history.
     */
    void requireFree(Collection<Task> tasks, Actor actor, boolean overrideClaim, Instant now) {
        for (Task task : tasks) {
            if (task.requireFreeFor(actor, overrideClaim, now)) {
                history.record(task.id(), TaskEventType.CLAIM_OVERRIDDEN, now, Optional.of(actor.name()), "the claim of "
                        + task.assignee().orElseThrow() + " (until " + task.data().leaseExpiresAt().orElseThrow()
                        + ") overridden by " + actor);
            }
        }
    }

    /** Returns tasks whose lease ran out to pending, each recorded in its history. */
    List<TaskId> releaseExpired(Instant now, int limit) {
        List<TaskId> released = new ArrayList<>();
        for (Task found : repository.findExpiredClaims(now, limit)) {
            if (releaseIfUnchanged(found, now)) {
                released.add(found.id());
            }
        }
        return released;
    }

    /**
     * Releases an expired claim as it was found, unless another server starting or another agent's
     * next-task is releasing or claiming it right now: then it is theirs, and left as they make it.
     */
    boolean releaseIfUnchanged(Task found, Instant now) {
        Optional<Task> fresh = tasks.lockedIfUnchanged(found).filter(task -> task.leaseExpiredAt(now));
        fresh.ifPresent(task -> release(task, now));
        return fresh.isPresent();
    }

    /** Returns one task whose lease ran out to pending, recorded in its history. */
    void release(Task expired, Instant now) {
        repository.update(expired.releaseExpiredLease(now));
        history.record(expired.id(), TaskEventType.LEASE_EXPIRED, now, expired.assignee(),
                "claim expired at " + expired.data().leaseExpiresAt().orElseThrow() + "; back to pending");
    }

    private ClaimRequest request(Task task, String agent, boolean force, Instant now) {
        List<TaskId> unmet = Readiness.unmetPrerequisites(task, repository.findAllById(task.dependencies()));
        return new ClaimRequest(task, agent, now, unmet, tasks.unfinishedChildren(task.id()), force);
    }

    /**
     * Claims {@code task} for {@code agent}, for the lease asked for or the server's. A task that
     * is not ready is refused with everything that holds it, as next-task explains it.
     */
    Claimed claim(Task task, String agent, boolean force, Instant now, Optional<Duration> asked) {
        ClaimRequest request = request(task, agent, force, now);
        ClaimPolicies.firstViolation(request).ifPresent(violation -> {
            if (violation.code() == ErrorCode.NOT_READY) {
                throw new OrchestratorException(ErrorCode.NOT_READY, "task " + task.id() + " is not ready: "
                        + holds.of(task, now).explained() + (force ? "" : "; force runs it anyway, on record"),
                        "task_id", List.of());
            }
            throw violation;
        });
        return perform(request, asked.orElse(lease));
    }

    /** Claims a task whose request passed the policies: the lease, the history, the plan. */
    private Claimed perform(ClaimRequest request, Duration lease) {
        Task task = request.task();
        String agent = request.assignee();
        Instant now = request.now();
        List<TaskId> unmet = request.unmetPrerequisites();
        List<TaskId> openSubtasks = request.openSubtasks();
        boolean force = request.force();

        boolean renewal = task.status() == TaskStatus.IN_PROGRESS && task.assignee().filter(agent::equals).isPresent();
        if (!renewal && task.leaseExpiredAt(now)) {
            history.record(task.id(), TaskEventType.LEASE_EXPIRED, now, task.assignee(),
                    "claim expired; taken over by " + agent);
        }
        Task claimed = repository.update(task.claim(agent, now, lease));
        history.record(claimed.id(), TaskEventType.CLAIMED, now, Optional.of(agent),
                (renewal ? "claim renewed until " : "claimed until ") + claimed.data().leaseExpiresAt().orElseThrow());
        boolean forced = force && !(unmet.isEmpty() && openSubtasks.isEmpty());
        if (forced) {
            history.record(claimed.id(), TaskEventType.FORCED_EXECUTION, now, Optional.of(agent),
                    "executed with unmet prerequisites " + unmet + " and open subtasks " + openSubtasks);
        }
        ancestors.start(claimed, now);
        return new Claimed(claimed, forced, renewal);
    }

    /**
     * The claimed task with its role and prompt. Rendered after the claim commits, in a read, so
     * that the writers of a SQLite file do not wait while another renders a prompt.
     */
    TaskExecution execution(Claimed claimed) {
        TaskPrompt prompt = prompts.render(claimed.task(), specialists.forTask(claimed.task().specialistType()));
        return new TaskExecution(claimed.task(), prompt.role(), prompt.text(), prompt.builtOn(), claimed.forced(),
                claimed.renewed());
    }

    /** A claim made: the task as saved, whether it skipped its order, whether its holder renewed it. */
    record Claimed(Task task, boolean forced, boolean renewed) {
    }
}

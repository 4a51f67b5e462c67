package dev.taskorchestrator.domain.task;

import dev.taskorchestrator.domain.common.Actor;
import dev.taskorchestrator.domain.common.ErrorCode;
import dev.taskorchestrator.domain.common.OrchestratorException;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/** Every rule a claim must pass, listed in one place and checked in this order. */
public final class ClaimPolicies {

    private static final Set<TaskStatus> CLAIMABLE = EnumSet.of(TaskStatus.PENDING, TaskStatus.BLOCKED, TaskStatus.IN_PROGRESS);

    /** Only open work can be started; finished or cancelled work is retried through an update. */
    public static final ClaimPolicy STATUS_ALLOWS_WORK = request -> CLAIMABLE.contains(request.task().status())
            ? Optional.empty()
            : Optional.of(OrchestratorException.illegalState("task_id", "task " + request.task().id() + " is "
                    + request.task().status().wire() + "; only pending, blocked or in_progress tasks can be executed"));

    /** Two agents never hold one task: an unexpired lease of someone else refuses the claim. */
    public static final ClaimPolicy NOT_HELD_BY_ANOTHER = request -> {
        try {
            // A claim never overrides another's, whoever asks for it.
            request.task().requireFreeFor(Actor.agent(request.assignee()), false, request.now());
            return Optional.empty();
        } catch (OrchestratorException claimed) {
            return Optional.of(claimed);
        }
    };

    /** A task is ready when every prerequisite is completed; {@code force} overrides (and is recorded). */
    public static final ClaimPolicy PREREQUISITES_COMPLETED = request -> request.force()
            || request.unmetPrerequisites().isEmpty()
            ? Optional.empty()
            : Optional.of(new OrchestratorException(ErrorCode.NOT_READY, "task " + request.task().id()
                    + " is not ready: waiting for " + join(request.unmetPrerequisites()), "task_id", List.of()));

    /** A plan's parent is finished through its subtasks, not worked on beside them. */
    public static final ClaimPolicy NO_OPEN_SUBTASKS = request -> request.force() || request.openSubtasks().isEmpty()
            ? Optional.empty()
            : Optional.of(new OrchestratorException(ErrorCode.NOT_READY, "task " + request.task().id()
                    + " has open subtasks; execute those first: " + join(request.openSubtasks()), "task_id", List.of()));

    private ClaimPolicies() {
    }

    public static List<ClaimPolicy> all() {
        return List.of(STATUS_ALLOWS_WORK, NOT_HELD_BY_ANOTHER, PREREQUISITES_COMPLETED, NO_OPEN_SUBTASKS);
    }

    public static Optional<OrchestratorException> firstViolation(ClaimRequest request) {
        return all().stream().map(policy -> policy.check(request)).flatMap(Optional::stream).findFirst();
    }

    public static void requireAll(ClaimRequest request) {
        Optional<OrchestratorException> violation = firstViolation(request);
        if (violation.isPresent()) {
            throw violation.get();
        }
    }

    private static String join(List<TaskId> ids) {
        return ids.stream().map(TaskId::value).collect(Collectors.joining(", "));
    }
}

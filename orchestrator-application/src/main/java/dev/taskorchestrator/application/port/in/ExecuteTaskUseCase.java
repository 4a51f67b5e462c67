package dev.taskorchestrator.application.port.in;

import dev.taskorchestrator.domain.common.Actor;
import dev.taskorchestrator.domain.common.Checks;
import dev.taskorchestrator.domain.common.OrchestratorException;
import dev.taskorchestrator.domain.task.TaskId;
import java.time.Duration;
import java.util.Optional;

/**
 * Claims a ready task for an agent (or renews the agent's claim) and returns the specialist
 * prompt to do it with. {@code force} runs a task whose prerequisites are not done; it is recorded.
 */
public interface ExecuteTaskUseCase {

    TaskExecution execute(Command command);

    /** The shortest lease an agent may ask for: less would lapse between two calls of a busy model. */
    Duration MIN_LEASE = Duration.ofSeconds(60);
    /** The longest: a day; longer work renews its claim by executing the task again. */
    Duration MAX_LEASE = Duration.ofDays(1);

    /**
     * @param actor who claims the task: the claim is made in its name
     * @param lease how long the claim lasts, between {@link #MIN_LEASE} and {@link #MAX_LEASE};
     *     empty for the server's default
     */
    record Command(TaskId taskId, Actor actor, boolean force, Optional<Duration> lease) {
        public Command {
            Checks.required(taskId, "task_id");
            Checks.required(actor, "agent");
            checkLease(lease);
        }

        public Command(TaskId taskId, Actor actor, boolean force) {
            this(taskId, actor, force, Optional.empty());
        }
    }

    /** Refuses a lease outside the bounds, naming the field and the bounds in seconds. */
    static void checkLease(Optional<Duration> lease) {
        Checks.required(lease, "lease_seconds");
        if (lease.isPresent() && (lease.get().compareTo(MIN_LEASE) < 0 || lease.get().compareTo(MAX_LEASE) > 0)) {
            throw OrchestratorException.invalid("lease_seconds", "lease_seconds must be from "
                    + MIN_LEASE.toSeconds() + " to " + MAX_LEASE.toSeconds() + " (a day); got "
                    + lease.get().toSeconds());
        }
    }
}

package dev.taskorchestrator.application.port.in;

import dev.taskorchestrator.domain.common.Actor;
import dev.taskorchestrator.domain.common.Checks;
import dev.taskorchestrator.domain.task.TaskId;

/**
 * Claims a ready task for an agent (or renews the agent's claim) and returns the specialist
 * prompt to do it with. {@code force} runs a task whose prerequisites are not done; it is recorded.
 */
public interface ExecuteTaskUseCase {

    TaskExecution execute(Command command);

    /** @param actor who claims the task: the claim is made in its name */
    record Command(TaskId taskId, Actor actor, boolean force) {
        public Command {
            Checks.required(taskId, "task_id");
            Checks.required(actor, "agent");
        }
    }
}

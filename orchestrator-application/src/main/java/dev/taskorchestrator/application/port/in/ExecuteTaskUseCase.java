package dev.taskorchestrator.application.port.in;

import dev.taskorchestrator.domain.common.Checks;
import dev.taskorchestrator.domain.common.Limits;
import dev.taskorchestrator.domain.task.TaskId;

/**
 * Claims a ready task for an agent (or renews the agent's claim) and returns the specialist
 * prompt to do it with. {@code force} runs a task whose prerequisites are not done; it is recorded.
 */
public interface ExecuteTaskUseCase {

    TaskExecution execute(Command command);

    record Command(TaskId taskId, String agent, boolean force) {
        public Command {
            Checks.required(taskId, "task_id");
            agent = Checks.text(agent, "agent", 1, Limits.SHORT_TEXT_MAX);
        }
    }
}

package dev.taskorchestrator.application.service;

import dev.taskorchestrator.application.port.in.ExecuteTaskUseCase;
import dev.taskorchestrator.application.port.in.TaskExecution;
import dev.taskorchestrator.application.port.out.UnitOfWork;
import java.time.Clock;
import java.time.Instant;

final class ExecuteTaskService implements ExecuteTaskUseCase {

    private final Tasks tasks;
    private final Claims claims;
    private final Sessions sessions;
    private final UnitOfWork unitOfWork;
    private final Clock clock;

    ExecuteTaskService(Tasks tasks, Claims claims, Sessions sessions, UnitOfWork unitOfWork, Clock clock) {
        this.tasks = tasks;
        this.claims = claims;
        this.sessions = sessions;
        this.unitOfWork = unitOfWork;
        this.clock = clock;
    }

    @Override
    public TaskExecution execute(Command command) {
        Claims.Claimed claimed = unitOfWork.inTransaction(() -> {
            Instant now = clock.instant();
            Claims.Claimed made = claims.claim(tasks.require(command.taskId(), "task_id"), command.actor().name(),
                    command.force(), now, command.lease());
            sessions.touch(made.task().sessionId(), now);
            return made;
        });
        return unitOfWork.inReadTransaction(() -> claims.execution(claimed));
    }
}

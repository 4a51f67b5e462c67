package dev.taskorchestrator.application.port.in;

import dev.taskorchestrator.domain.task.TaskId;

/** Reads one task with its subtasks, artifacts and progress. */
public interface GetTaskUseCase {

    TaskDetails get(TaskId taskId);
}

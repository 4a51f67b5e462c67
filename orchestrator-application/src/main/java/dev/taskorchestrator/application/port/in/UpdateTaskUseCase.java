package dev.taskorchestrator.application.port.in;

import dev.taskorchestrator.domain.common.Actor;
import dev.taskorchestrator.domain.common.Checks;
import dev.taskorchestrator.domain.common.Limits;
import dev.taskorchestrator.domain.common.OrchestratorException;
import dev.taskorchestrator.domain.task.Task;
import dev.taskorchestrator.domain.task.TaskChanges;
import dev.taskorchestrator.domain.task.TaskId;
import dev.taskorchestrator.domain.task.TaskStatus;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;

/**
 * Changes a task's fields, status or dependencies. With {@code version}, the update applies only
 * to that version of the task and otherwise fails with CONFLICT.
 */
public interface UpdateTaskUseCase {

    Result update(Command command);

    record Command(
            TaskId taskId,
            OptionalLong expectedVersion,
            TaskChanges changes,
            Optional<TaskStatus> status,
            Optional<String> reason,
            List<TaskId> addDependencies,
            List<TaskId> removeDependencies,
            Optional<List<TaskId>> dependencies,
            Actor actor,
            boolean overrideClaim) {

        public Command {
            Checks.required(taskId, "task_id");
            Checks.required(expectedVersion, "version");
            expectedVersion.ifPresent(v -> {
                if (v < 0) {
                    throw OrchestratorException.invalid("version", "version must be 0 or more", List.of(">= 0"));
                }
            });
            Checks.required(changes, "changes");
            Checks.required(status, "status");
            reason = Checks.optionalText(reason, "reason", Limits.REASON_MAX);
            addDependencies = Checks.list(addDependencies, "add_dependencies", Limits.DEPENDENCIES_MAX);
            removeDependencies = Checks.list(removeDependencies, "remove_dependencies", Limits.DEPENDENCIES_MAX);
            dependencies = Checks.required(dependencies, "dependencies")
                    .map(whole -> Checks.list(whole, "dependencies", Limits.DEPENDENCIES_MAX));
            if (dependencies.isPresent() && !(addDependencies.isEmpty() && removeDependencies.isEmpty())) {
                throw OrchestratorException.invalid("dependencies", "give either dependencies (the new whole set) or"
                        + " add_dependencies/remove_dependencies, not both");
            }
            Checks.required(actor, "agent");
            if (changes.isEmpty() && status.isEmpty() && addDependencies.isEmpty() && removeDependencies.isEmpty()
                    && dependencies.isEmpty()) {
                throw OrchestratorException.invalid("task_id", "nothing to update: give at least one field to change",
                        List.of("title", "description", "task_type", "specialist_type", "complexity", "priority",
                                "estimated_effort", "due_date", "context", "status", "dependencies",
                                "add_dependencies", "remove_dependencies"));
            }
        }

        public Command(TaskId taskId, OptionalLong expectedVersion, TaskChanges changes, Optional<TaskStatus> status,
                Optional<String> reason, List<TaskId> addDependencies, List<TaskId> removeDependencies, Actor actor,
                boolean overrideClaim) {
            this(taskId, expectedVersion, changes, status, reason, addDependencies, removeDependencies,
                    Optional.empty(), actor, overrideClaim);
        }

        public static Command changing(TaskId taskId, TaskChanges changes, Actor actor) {
            return new Command(taskId, OptionalLong.empty(), changes, Optional.empty(), Optional.empty(), List.of(), List.of(),
                    actor, false);
        }

        public static Command movingTo(TaskId taskId, TaskStatus status, Actor actor) {
            return new Command(taskId, OptionalLong.empty(), TaskChanges.none(), Optional.of(status), Optional.empty(),
                    List.of(), List.of(), actor, false);
        }
    }

    /** The task as stored now and the wire names of the fields that changed. */
    record Result(Task task, List<String> changed) {
        public Result {
            changed = List.copyOf(changed);
        }
    }
}

package dev.taskorchestrator.application.service;

import dev.taskorchestrator.application.port.in.DeleteTaskUseCase;
import dev.taskorchestrator.application.port.out.ArtifactStore;
import dev.taskorchestrator.application.port.out.TaskRepository;
import dev.taskorchestrator.application.port.out.UnitOfWork;
import dev.taskorchestrator.domain.common.Actor;
import dev.taskorchestrator.domain.common.ErrorCode;
import dev.taskorchestrator.domain.common.OrchestratorException;
import dev.taskorchestrator.domain.task.Readiness;
import dev.taskorchestrator.domain.task.Task;
import dev.taskorchestrator.domain.task.TaskEventType;
import dev.taskorchestrator.domain.task.TaskId;
import dev.taskorchestrator.domain.task.TaskStatus;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

final class DeleteTaskService implements DeleteTaskUseCase {

    private static final String REASON = "deleted";

    private final TaskRepository repository;
    private final ArtifactStore artifacts;
    private final Tasks tasks;
    private final History history;
    private final Claims claims;
    private final UnitOfWork unitOfWork;
    private final Clock clock;

    DeleteTaskService(TaskRepository repository, ArtifactStore artifacts, Tasks tasks, History history, Claims claims,
            UnitOfWork unitOfWork, Clock clock) {
        this.claims = claims;
        this.repository = repository;
        this.artifacts = artifacts;
        this.tasks = tasks;
        this.history = history;
        this.unitOfWork = unitOfWork;
        this.clock = clock;
    }

    @Override
    public Result delete(Command command) {
        return unitOfWork.inTransaction(() -> {
            Instant now = clock.instant();
            repository.lockForUpdate(List.of(command.taskId()));
            Task task = tasks.require(command.taskId(), "task_id");
            List<Task> subtree = new ArrayList<>(List.of(task));
            subtree.addAll(tasks.lockedDescendants(task.id()));
            Set<TaskId> ids = new LinkedHashSet<>();
            subtree.forEach(t -> ids.add(t.id()));
            claims.requireFree(subtree, command.actor(), command.overrideClaim(), now);

            List<Task> dependents = dependentsOutside(ids);
            if (!dependents.isEmpty() && !command.force()) {
                throw new OrchestratorException(ErrorCode.HAS_DEPENDENTS, "task " + task.id() + " cannot be "
                        + (command.archive() ? "archived" : "deleted") + ": these tasks depend on it: "
                        + dependents.stream().map(Task::id).toList() + "; pass force to do it anyway", "force",
                        List.of("true"));
            }
            List<TaskId> released = command.archive()
                    ? archive(subtree, dependents, ids, command.actor(), now)
                    : remove(subtree, dependents, ids, command.actor(), now);
            return new Result(task.id(), command.archive() ? Action.ARCHIVED : Action.DELETED, List.copyOf(ids), released);
        });
    }

    /** Tasks outside the deleted subtree that still wait on something in it. */
    private List<Task> dependentsOutside(Set<TaskId> ids) {
        Set<Task> found = new LinkedHashSet<>();
        for (TaskId id : ids) {
            repository.findDependents(id).stream()
                    .filter(d -> !ids.contains(d.id()) && d.status() != TaskStatus.ARCHIVED)
                    .forEach(found::add);
        }
        return List.copyOf(found);
    }

    private List<TaskId> archive(List<Task> subtree, List<Task> dependents, Set<TaskId> ids, Actor actor, Instant now) {
        for (Task member : subtree) {
            if (member.status() != TaskStatus.ARCHIVED) {
                repository.update(member.archive(REASON, now));
                history.record(member.id(), TaskEventType.ARCHIVED, now, Optional.of(actor.name()),
                        member.status().wire() + " -> archived: " + REASON);
            }
        }
        Set<TaskId> done = new LinkedHashSet<>();
        subtree.stream().filter(Readiness::isDone).forEach(t -> done.add(t.id()));
        List<TaskId> released = new ArrayList<>();
        for (Task dependent : dependents) {
            List<TaskId> unfinished = dependent.dependencies().stream().filter(d -> ids.contains(d) && !done.contains(d))
                    .toList();
            if (!unfinished.isEmpty()) {
                release(dependent, unfinished, "archived", actor, now);
                released.add(dependent.id());
            }
        }
        return released;
    }

    /** Forcing frees a dependent from prerequisites that will now never complete, and says so in its history. */
    private void release(Task dependent, List<TaskId> gone, String how, Actor actor, Instant now) {
        List<TaskId> kept = dependent.dependencies().stream().filter(d -> !gone.contains(d)).toList();
        repository.update(dependent.withDependencies(kept, now));
        history.record(dependent.id(), TaskEventType.DEPENDENCIES_CHANGED, now, Optional.of(actor.name()),
                "prerequisites " + how + " with force, so no longer awaited: " + gone);
    }

    private List<TaskId> remove(List<Task> subtree, List<Task> dependents, Set<TaskId> ids, Actor actor, Instant now) {
        for (Task dependent : dependents) {
            release(dependent, dependent.dependencies().stream().filter(ids::contains).toList(), "deleted", actor, now);
        }
        artifacts.removeByTasks(ids);
        List<TaskId> childrenFirst = new ArrayList<>(ids);
        Collections.reverse(childrenFirst);
        repository.remove(childrenFirst);
        for (Task member : subtree) {
            history.record(member.id(), TaskEventType.DELETED, now, Optional.of(actor.name()), "deleted for good");
        }
        return dependents.stream().map(Task::id).toList();
    }
}

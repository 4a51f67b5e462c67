package dev.taskorchestrator.application.service;

import dev.taskorchestrator.application.port.in.UpdateTaskUseCase;
import dev.taskorchestrator.application.port.out.TaskRepository;
import dev.taskorchestrator.application.port.out.UnitOfWork;
import dev.taskorchestrator.domain.common.ErrorCode;
import dev.taskorchestrator.domain.common.OrchestratorException;
import dev.taskorchestrator.domain.task.DependencyGraph;
import dev.taskorchestrator.domain.task.Task;
import dev.taskorchestrator.domain.task.TaskChanges;
import dev.taskorchestrator.domain.task.TaskData;
import dev.taskorchestrator.domain.task.TaskEventType;
import dev.taskorchestrator.domain.task.TaskId;
import dev.taskorchestrator.domain.task.TaskStatus;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

final class UpdateTaskService implements UpdateTaskUseCase {

    private final TaskRepository repository;
    private final Tasks tasks;
    private final Specialists specialists;
    private final History history;
    private final Claims claims;
    private final UnitOfWork unitOfWork;
    private final Clock clock;
    private final Duration lease;

    UpdateTaskService(TaskRepository repository, Tasks tasks, Specialists specialists, History history, Claims claims,
            UnitOfWork unitOfWork, Clock clock, Duration lease) {
        this.repository = repository;
        this.tasks = tasks;
        this.specialists = specialists;
        this.history = history;
        this.claims = claims;
        this.unitOfWork = unitOfWork;
        this.clock = clock;
        this.lease = lease;
    }

    @Override
    public Result update(Command command) {
        return unitOfWork.inTransaction(() -> {
            Instant now = clock.instant();
            List<TaskId> touched = new ArrayList<>(command.dependencies().orElse(command.addDependencies()));
            touched.add(command.taskId());
            repository.lockForUpdate(touched);
            Task current = tasks.require(command.taskId(), "task_id");
            requireVersion(current, command);
            claims.requireFree(List.of(current), command.actor(), command.overrideClaim(), now);

            Task next = current;
            TaskChanges changes = canonical(command.changes());
            if (!changes.isEmpty()) {
                next = next.edit(changes, now);
            }
            List<TaskId> dependencies = newDependencies(current, command);
            if (!dependencies.equals(current.dependencies())) {
                repository.lockDependencyGraph();
                requireAcyclic(current, dependencies, command.dependencies().isPresent() ? "dependencies"
                        : "add_dependencies");
                next = next.withDependencies(dependencies, now);
            }
            Optional<TaskStatus> target = command.status().filter(status -> status != current.status());
            target.ifPresent(status -> current.status().requireMoveTo(status, current.id(), "status"));
            boolean starting = target.filter(TaskStatus.IN_PROGRESS::equals).isPresent();
            if (target.isPresent() && !starting) {
                if (target.get() == TaskStatus.COMPLETED) {
                    tasks.requireSubtasksClosed(current, "status");
                    tasks.requireReadyToFinish(current);
                }
                next = next.moveTo(target.get(), command.reason(), now);
            }
            if (next.assignee().filter(command.actor().name()::equals).isPresent()) {
                next = next.renewLease(command.actor().name(), now, lease);
            }
            List<String> changed = changedFields(current.data(), next.data());
            Task saved = changed.isEmpty() ? current : repository.update(next);
            record(current, saved, changed, command, now);
            if (starting) {
                // Starting work is a claim: the same policies and lease as execute, so no task is in progress unheld.
                saved = claims.claim(saved, command.actor().name(), false, now, Optional.empty()).task();
                changed = changedFields(current.data(), saved.data());
            }
            return new Result(saved, changed);
        });
    }

    private static void requireVersion(Task current, Command command) {
        if (command.expectedVersion().isPresent() && command.expectedVersion().getAsLong() != current.version()) {
            throw new OrchestratorException(ErrorCode.CONFLICT, "task " + current.id() + " is at version "
                    + current.version() + ", not " + command.expectedVersion().getAsLong()
                    + ": someone changed it since you read it; read it again and retry", "version",
                    List.of(Long.toString(current.version())));
        }
    }

    /** @param field the parameter the new dependencies came in, for the error */
    private void requireAcyclic(Task current, List<TaskId> dependencies, String field) {
        Tasks.requireNoAncestor(current.id(), tasks.ancestorsOf(current.parentId()), dependencies, field);
        try {
            // Every edge the walk can take, read in one query: a chain of thousands is one round trip.
            Map<TaskId, List<TaskId>> stored = repository.prerequisitesReachableFrom(dependencies);
            new DependencyGraph(id -> id.equals(current.id()) ? dependencies : stored.getOrDefault(id, List.of()))
                    .requireNoCycle(current.id(), dependencies);
        } catch (OrchestratorException cycle) {
            throw new OrchestratorException(cycle.code(), cycle.getMessage(), field, cycle.allowed());
        }
    }

    private TaskChanges canonical(TaskChanges changes) {
        return changes.specialistType().isEmpty() ? changes : new TaskChanges(changes.title(), changes.description(),
                changes.taskType(), changes.specialistType().map(s -> specialists.canonical(s, "specialist_type")),
                changes.complexity(), changes.priority(), changes.estimatedEffort(), changes.dueDate(), changes.context());
    }

    private List<TaskId> newDependencies(Task current, Command command) {
        if (command.dependencies().isPresent()) {
            List<TaskId> whole = command.dependencies().get();
            for (int i = 0; i < whole.size(); i++) {
                tasks.require(whole.get(i), "dependencies[" + i + "]");
            }
            return List.copyOf(new LinkedHashSet<>(whole));
        }
        Set<TaskId> result = new LinkedHashSet<>(current.dependencies());
        for (int i = 0; i < command.removeDependencies().size(); i++) {
            TaskId removed = command.removeDependencies().get(i);
            if (!result.remove(removed)) {
                String field = "remove_dependencies[" + i + "]";
                throw OrchestratorException.invalid(field, field + " '" + removed + "' is not a dependency of task "
                        + current.id(), current.dependencies().stream().map(TaskId::value).toList());
            }
        }
        for (int i = 0; i < command.addDependencies().size(); i++) {
            TaskId added = command.addDependencies().get(i);
            tasks.require(added, "add_dependencies[" + i + "]");
            result.add(added);
        }
        return List.copyOf(result);
    }

    private static List<String> changedFields(TaskData before, TaskData after) {
        List<String> changed = new ArrayList<>();
        compare(changed, "title", before, after, TaskData::title);
        compare(changed, "description", before, after, TaskData::description);
        compare(changed, "task_type", before, after, TaskData::taskType);
        compare(changed, "specialist_type", before, after, TaskData::specialistType);
        compare(changed, "complexity", before, after, TaskData::complexity);
        compare(changed, "priority", before, after, TaskData::priority);
        compare(changed, "estimated_effort", before, after, TaskData::estimatedEffort);
        compare(changed, "due_date", before, after, TaskData::dueDate);
        compare(changed, "context", before, after, TaskData::context);
        compare(changed, "dependencies", before, after, TaskData::dependencies);
        compare(changed, "status", before, after, TaskData::status);
        compare(changed, "lease_expires_at", before, after, TaskData::leaseExpiresAt);
        return changed;
    }

    private static void compare(List<String> changed, String field, TaskData before, TaskData after,
            Function<TaskData, Object> value) {
        if (!Objects.equals(value.apply(before), value.apply(after))) {
            changed.add(field);
        }
    }

    private void record(Task before, Task after, List<String> changed, Command command, Instant now) {
        Optional<String> actor = Optional.of(command.actor().name());
        List<String> edits = changed.stream()
                .filter(f -> !f.equals("status") && !f.equals("dependencies") && !f.equals("lease_expires_at")).toList();
        if (!edits.isEmpty()) {
            history.record(after.id(), TaskEventType.UPDATED, now, actor, "changed " + String.join(", ", edits));
        }
        if (changed.contains("dependencies")) {
            history.record(after.id(), TaskEventType.DEPENDENCIES_CHANGED, now, actor,
                    before.dependencies() + " -> " + after.dependencies());
        }
        if (changed.contains("status")) {
            history.record(after.id(), TaskEventType.STATUS_CHANGED, now, actor, before.status().wire() + " -> "
                    + after.status().wire() + command.reason().map(r -> ": " + r).orElse(""));
        }
    }
}

package dev.taskorchestrator.application.service;

import dev.taskorchestrator.application.port.in.PlanTaskUseCase;
import dev.taskorchestrator.application.port.in.PlannedTask;
import dev.taskorchestrator.application.port.out.IdGenerator;
import dev.taskorchestrator.application.port.out.TaskRepository;
import dev.taskorchestrator.application.port.out.UnitOfWork;
import dev.taskorchestrator.domain.common.ErrorCode;
import dev.taskorchestrator.domain.common.Limits;
import dev.taskorchestrator.domain.common.OrchestratorException;
import dev.taskorchestrator.domain.session.SessionId;
import dev.taskorchestrator.domain.task.Complexity;
import dev.taskorchestrator.domain.task.DependencyGraph;
import dev.taskorchestrator.domain.task.NewTask;
import dev.taskorchestrator.domain.task.Priority;
import dev.taskorchestrator.domain.task.Task;
import dev.taskorchestrator.domain.task.TaskEventType;
import dev.taskorchestrator.domain.task.TaskId;
import dev.taskorchestrator.domain.task.TaskType;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

final class PlanTaskService implements PlanTaskUseCase {

    private final TaskRepository repository;
    private final Tasks tasks;
    private final Sessions sessions;
    private final Specialists specialists;
    private final History history;
    private final IdGenerator ids;
    private final UnitOfWork unitOfWork;
    private final Clock clock;

    PlanTaskService(TaskRepository repository, Tasks tasks, Sessions sessions, Specialists specialists, History history,
            IdGenerator ids, UnitOfWork unitOfWork, Clock clock) {
        this.repository = repository;
        this.tasks = tasks;
        this.sessions = sessions;
        this.specialists = specialists;
        this.history = history;
        this.ids = ids;
        this.unitOfWork = unitOfWork;
        this.clock = clock;
    }

    /** One task of the plan, placed: its path for error messages, its new id and its parent. */
    private record Node(String path, PlannedTask planned, TaskId id, Optional<TaskId> parentId) {
    }

    @Override
    public Result plan(Command command) {
        return unitOfWork.inTransaction(() -> {
            Instant now = clock.instant();
            command.parentId().ifPresent(id -> repository.lockForUpdate(List.of(id)));
            Optional<Task> parent = command.parentId().map(id -> tasks.require(id, "parent_task_id"));
            parent.ifPresent(PlanTaskService::requireOpenParent);
            Optional<SessionId> session = command.sessionId().isPresent() || parent.isEmpty()
                    ? sessions.choose(command.sessionId(), command.workspace())
                    : parent.flatMap(Task::sessionId);

            List<Node> nodes = place(command.root(), command.parentId());
            Map<String, TaskId> keys = keysOf(nodes);
            Map<TaskId, Task> created = new LinkedHashMap<>();
            for (Node node : nodes) {
                created.put(node.id(), build(node, keys, session, command.autoCompleteParent(), now));
            }
            if (created.values().stream().anyMatch(task -> !task.dependencies().isEmpty())) {
                repository.lockDependencyGraph();
            }
            // A cycle through a new task must come back to it, and no stored task can depend on a task
            // that is only now being created: the walk stays among the plan's tasks and never reads the
            // store (reading it made a plan behind a long stored chain cost a query per link per task).
            DependencyGraph graph = new DependencyGraph(id -> created.containsKey(id) ? created.get(id).dependencies()
                    : List.of());
            List<TaskId> above = tasks.ancestorsOf(command.parentId());
            for (Node node : nodes) {
                try {
                    List<TaskId> dependencies = created.get(node.id()).dependencies();
                    Tasks.requireNoAncestor(node.id(), ancestorsInPlan(node, created, above), dependencies, "dependencies");
                    graph.requireNoCycle(node.id(), dependencies);
                } catch (OrchestratorException cycle) {
                    throw inKeys(cycle, keys).underField(node.path());
                }
            }
            for (Task task : created.values()) {
                repository.add(task);
                history.record(task.id(), TaskEventType.CREATED, now, Optional.of(command.actor().name()),
                        "created" + task.parentId().map(p -> " under " + p).orElse(""));
            }
            sessions.touch(session, now);
            return new Result(nodes.get(0).id(), keys, List.copyOf(created.values()));
        });
    }

    /** The new tasks above a node in the plan, then the stored tasks above the plan. */
    private static List<TaskId> ancestorsInPlan(Node node, Map<TaskId, Task> created, List<TaskId> above) {
        List<TaskId> chain = new ArrayList<>();
        Optional<TaskId> step = node.parentId();
        while (step.isPresent() && created.containsKey(step.get())) {
            chain.add(step.get());
            step = created.get(step.get()).parentId();
        }
        chain.addAll(above);
        return chain;
    }

    /** The plan was refused, so its ids mean nothing to the client: name the tasks by their keys. */
    private static OrchestratorException inKeys(OrchestratorException cycle, Map<String, TaskId> keys) {
        String message = cycle.getMessage();
        for (Map.Entry<String, TaskId> key : keys.entrySet()) {
            message = message.replace(key.getValue().value(), key.getKey());
        }
        return new OrchestratorException(cycle.code(), message, cycle.field().orElse(null), cycle.allowed());
    }

    private static void requireOpenParent(Task parent) {
        if (!parent.status().isOpen()) {
            throw OrchestratorException.illegalState("parent_task_id", "task " + parent.id() + " is "
                    + parent.status().wire() + "; subtasks can only be added to pending, in_progress or blocked tasks");
        }
    }

    /** Gives every task of the tree its id, depth-first, root first. */
    private List<Node> place(PlannedTask root, Optional<TaskId> rootParent) {
        List<Node> nodes = new ArrayList<>();
        List<Node> frontier = new ArrayList<>(List.of(new Node("", root, ids.newTaskId(), rootParent)));
        while (!frontier.isEmpty()) {
            Node node = frontier.remove(0);
            nodes.add(node);
            if (nodes.size() > Limits.PLAN_TASKS_MAX) {
                throw OrchestratorException.invalid("subtasks", "a plan may hold at most " + Limits.PLAN_TASKS_MAX
                        + " tasks; split it into several plans", List.of("at most " + Limits.PLAN_TASKS_MAX + " tasks"));
            }
            List<PlannedTask> children = node.planned().subtasks();
            List<Node> placed = new ArrayList<>();
            for (int i = 0; i < children.size(); i++) {
                placed.add(new Node(node.path() + "subtasks[" + i + "].", children.get(i), ids.newTaskId(),
                        Optional.of(node.id())));
            }
            frontier.addAll(0, placed);
        }
        return nodes;
    }

    private static Map<String, TaskId> keysOf(List<Node> nodes) {
        Map<String, TaskId> keys = new LinkedHashMap<>();
        for (Node node : nodes) {
            node.planned().key().ifPresent(key -> {
                if (keys.putIfAbsent(key, node.id()) != null) {
                    throw OrchestratorException.invalid(node.path() + "key",
                            node.path() + "key '" + key + "' is used twice; keys must be unique within a plan");
                }
            });
        }
        return keys;
    }

    private Task build(Node node, Map<String, TaskId> keys, Optional<SessionId> session, boolean autoComplete,
            Instant now) {
        PlannedTask planned = node.planned();
        boolean hasSubtasks = !planned.subtasks().isEmpty();
        try {
            String specialist = specialists.canonical(planned.specialistType()
                    .orElse(hasSubtasks ? "coordinator" : NewTask.DEFAULT_SPECIALIST), "specialist_type");
            NewTask spec = new NewTask(node.parentId(), session, planned.title(), planned.description(),
                    planned.taskType().orElse(hasSubtasks ? TaskType.BREAKDOWN : TaskType.STANDARD), specialist,
                    planned.complexity().orElse(Complexity.MODERATE), planned.priority().orElse(Priority.MEDIUM),
                    planned.estimatedEffort(), planned.dueDate(), planned.context(), resolve(planned.dependencies(), keys),
                    autoComplete && hasSubtasks);
            return Task.create(node.id(), spec, now);
        } catch (OrchestratorException invalid) {
            throw invalid.underField(node.path());
        }
    }

    /** Turns each dependency, a key of this plan or the id of a stored task, into a task id. */
    private List<TaskId> resolve(List<String> references, Map<String, TaskId> keys) {
        List<TaskId> resolved = new ArrayList<>();
        for (int i = 0; i < references.size(); i++) {
            String reference = references.get(i).strip();
            String field = "dependencies[" + i + "]";
            TaskId byKey = keys.get(reference);
            if (byKey != null) {
                resolved.add(byKey);
            } else if (reference.startsWith(TaskId.PREFIX)) {
                TaskId id = TaskId.parse(reference, field);
                if (repository.findById(id).isEmpty()) {
                    throw new OrchestratorException(ErrorCode.NOT_FOUND, field + " names task '" + reference
                            + "', which does not exist", field, List.of());
                }
                resolved.add(id);
            } else {
                throw OrchestratorException.invalid(field, field + " '" + reference
                        + "' is neither a key of this plan nor a task id", List.copyOf(keys.keySet()));
            }
        }
        return resolved;
    }
}

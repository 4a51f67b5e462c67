package dev.taskorchestrator.application.service;

import dev.taskorchestrator.application.port.in.ExportUseCase;
import dev.taskorchestrator.application.port.in.ExportUseCase.ArtifactItem;
import dev.taskorchestrator.application.port.in.ExportUseCase.DependencyItem;
import dev.taskorchestrator.application.port.in.ExportUseCase.EventItem;
import dev.taskorchestrator.application.port.in.ExportUseCase.Header;
import dev.taskorchestrator.application.port.in.ExportUseCase.SessionItem;
import dev.taskorchestrator.application.port.in.ExportUseCase.TaskItem;
import dev.taskorchestrator.application.port.in.ImportUseCase.Located;
import dev.taskorchestrator.domain.artifact.Artifact;
import dev.taskorchestrator.domain.artifact.ArtifactId;
import dev.taskorchestrator.domain.common.ErrorCode;
import dev.taskorchestrator.domain.common.OrchestratorException;
import dev.taskorchestrator.domain.session.Session;
import dev.taskorchestrator.domain.session.SessionId;
import dev.taskorchestrator.domain.task.DependencyGraph;
import dev.taskorchestrator.domain.task.Task;
import dev.taskorchestrator.domain.task.TaskData;
import dev.taskorchestrator.domain.task.TaskEvent;
import dev.taskorchestrator.domain.task.TaskId;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;

/**
 * What a file holds, checked as a whole before the store is touched: a header first, of a version
 * this reads; no id twice; dependencies, artifacts and events of tasks the file holds; no parent
 * or dependency cycle among its tasks. Errors name the record (its line, or its path in a document) and the field.
 */
final class ImportPlan {

    final Map<SessionId, Session> sessions = new LinkedHashMap<>();
    final Map<TaskId, Task> tasks = new LinkedHashMap<>();
    final Map<TaskId, String> taskPlaces = new HashMap<>();
    final Map<TaskId, List<Artifact>> artifacts = new HashMap<>();
    final Map<TaskId, List<TaskEvent>> events = new HashMap<>();

    private ImportPlan(List<Located> items) {
        if (items.isEmpty() || !(items.get(0).item() instanceof Header header)) {
            throw refused(items.isEmpty() ? "line 1" : items.get(0).place() + ".format",
                    "the first line must be the export's header, naming its format and version");
        }
        if (header.version() < 1 || header.version() > ExportUseCase.VERSION) {
            throw refused(items.get(0).place() + ".version", "version " + header.version()
                    + " is not one this reads (1 to " + ExportUseCase.VERSION + "); a newer orchestrator wrote it",
                    List.of("1 to " + ExportUseCase.VERSION));
        }
        Map<TaskId, TreeMap<Integer, TaskId>> prerequisites = new HashMap<>();
        Map<ArtifactId, String> artifactPlaces = new HashMap<>();
        Map<SessionId, String> sessionPlaces = new HashMap<>();
        long dependencyCount = 0;
        for (Located located : items.subList(1, items.size())) {
            String at = located.place() + ".";
            ExportUseCase.Item item = located.item();
            if (item instanceof Header) {
                throw refused(at + "format", "a second header; the header is the first line only");
            } else if (item instanceof SessionItem session) {
                once(sessionPlaces, session.session().id(), located.place(), at + "session_id", "session");
                sessions.put(session.session().id(), session.session());
            } else if (item instanceof TaskItem task) {
                once(taskPlaces, task.task().id(), located.place(), at + "task_id", "task");
                tasks.put(task.task().id(), task.task());
            } else if (item instanceof DependencyItem dependency) {
                held(dependency.task(), at + "task_id", "a dependency");
                TaskId earlier = prerequisites.computeIfAbsent(dependency.task(), id -> new TreeMap<>())
                        .putIfAbsent(dependency.position(), dependency.prerequisite());
                if (earlier != null) {
                    throw refused(at + "position", "task " + dependency.task().value()
                            + " already has a dependency at position " + dependency.position());
                }
                dependencyCount++;
            } else if (item instanceof ArtifactItem artifact) {
                held(artifact.artifact().taskId(), at + "task_id", "an artifact");
                once(artifactPlaces, artifact.artifact().id(), located.place(), at + "artifact_id", "artifact");
                artifacts.computeIfAbsent(artifact.artifact().taskId(), id -> new ArrayList<>()).add(artifact.artifact());
            } else if (item instanceof EventItem event) {
                held(event.event().taskId(), at + "task_id", "an event");
                events.computeIfAbsent(event.event().taskId(), id -> new ArrayList<>()).add(event.event());
            }
        }
        requireCounted(header, items.get(0).place(), new ExportUseCase.Counts(sessions.size(), tasks.size(), dependencyCount,
                artifactPlaces.size(), events.values().stream().mapToLong(List::size).sum()));
        prerequisites.forEach((task, byPosition) -> tasks.put(task, withDependencies(task, byPosition.values())));
        requireNoCycles();
        parentsFirst(tasks.values());
    }

    static ImportPlan of(List<Located> items) {
        return new ImportPlan(items);
    }

    /** Where the task was read, ready for a field: {@code line 12.} */
    String place(TaskId task) {
        return taskPlaces.get(task) + ".";
    }

    /** The tasks in an order that stores a parent before its subtasks; a parent cycle among them is refused. */
    List<Task> parentsFirst(Collection<Task> chosen) {
        Map<TaskId, Task> byId = new HashMap<>();
        chosen.forEach(task -> byId.put(task.id(), task));
        Set<TaskId> placed = new HashSet<>();
        List<Task> ordered = new ArrayList<>(chosen.size());
        for (Task task : chosen) {
            List<Task> chain = new ArrayList<>();
            Set<TaskId> onChain = new HashSet<>();
            for (Task up = task; up != null && !placed.contains(up.id()); up = up.parentId().map(byId::get).orElse(null)) {
                if (!onChain.add(up.id())) {
                    throw refused(place(up.id()) + "parent_task_id", "a parent cycle: "
                            + chain.stream().map(t -> t.id().value()).collect(Collectors.joining(" -> "))
                            + " -> " + up.id().value());
                }
                chain.add(up);
            }
            for (int i = chain.size() - 1; i >= 0; i--) {
                ordered.add(chain.get(i));
                placed.add(chain.get(i).id());
            }
        }
        return ordered;
    }

    /** The header's counts against the records read: a file cut short, or edited by hand, is refused. */
    private static void requireCounted(Header header, String place, ExportUseCase.Counts read) {
        ExportUseCase.Counts promised = header.counts();
        if (!promised.equals(read)) {
            throw refused(place + ".counts", "the header counts " + text(promised)
                    + " but the file holds " + text(read) + ": it was cut short or edited");
        }
    }

    private static String text(ExportUseCase.Counts counts) {
        return counts.sessions() + " sessions, " + counts.tasks() + " tasks, " + counts.dependencies() + " dependencies, "
                + counts.artifacts() + " artifacts and " + counts.events() + " events";
    }

    /** Refused with the line and field first in the message, as a person reads it beside the file. */
    static OrchestratorException refused(String field, String message) {
        return refused(field, message, List.of());
    }

    static OrchestratorException refused(String field, String message, List<String> allowed) {
        return OrchestratorException.invalid(field, field + ": " + message, allowed);
    }

    private void held(TaskId task, String field, String what) {
        if (!tasks.containsKey(task)) {
            throw refused(field, what + " of task " + task.value()
                    + ", which no earlier record of this file holds; a task comes before its dependencies, artifacts and events");
        }
    }

    private static <K> void once(Map<K, String> places, K id, String place, String field, String what) {
        String earlier = places.putIfAbsent(id, place);
        if (earlier != null) {
            throw refused(field, "the " + what + " " + id + " is already at " + earlier);
        }
    }

    private Task withDependencies(TaskId id, Iterable<TaskId> prerequisites) {
        TaskData d = tasks.get(id).data();
        try {
            return Task.restore(new TaskData(d.id(), d.parentId(), d.sessionId(), d.title(), d.description(),
                    d.taskType(), d.status(), d.specialistType(), d.complexity(), d.priority(), d.estimatedEffort(),
                    d.dueDate(), d.context(), List.copyOf(toList(prerequisites)), d.autoCompleteParent(), d.summary(),
                    d.statusReason(), d.assignee(), d.leaseExpiresAt(), d.attempts(), d.version(), d.createdAt(),
                    d.updatedAt(), d.startedAt(), d.completedAt()));
        } catch (OrchestratorException refused) {
            throw refused.underField(place(id));
        }
    }

    private static List<TaskId> toList(Iterable<TaskId> ids) {
        List<TaskId> list = new ArrayList<>();
        ids.forEach(list::add);
        return list;
    }

    /** Kahn's walk over the file's own dependencies; what it cannot order holds a cycle, which is named. */
    private void requireNoCycles() {
        Map<TaskId, Integer> waiting = new HashMap<>();
        Map<TaskId, List<TaskId>> dependents = new HashMap<>();
        for (Task task : tasks.values()) {
            int within = 0;
            for (TaskId prerequisite : task.data().dependencies()) {
                if (tasks.containsKey(prerequisite)) {
                    within++;
                    dependents.computeIfAbsent(prerequisite, id -> new ArrayList<>()).add(task.id());
                }
            }
            waiting.put(task.id(), within);
        }
        Deque<TaskId> free = new ArrayDeque<>();
        waiting.forEach((id, count) -> {
            if (count == 0) {
                free.add(id);
            }
        });
        while (!free.isEmpty()) {
            TaskId done = free.poll();
            waiting.remove(done);
            for (TaskId dependent : dependents.getOrDefault(done, List.of())) {
                if (waiting.merge(dependent, -1, Integer::sum) == 0) {
                    free.add(dependent);
                }
            }
        }
        if (waiting.isEmpty()) {
            return;
        }
        TaskId start = tasks.keySet().stream().filter(waiting::containsKey).findFirst().orElseThrow();
        List<TaskId> cycle = new DependencyGraph(id -> tasks.containsKey(id) ? tasks.get(id).data().dependencies()
                : List.of()).findCycleFrom(start).orElse(List.of(start));
        String field = place(cycle.get(0)) + "dependencies";
        throw new OrchestratorException(ErrorCode.DEPENDENCY_CYCLE, field + ": a dependency cycle: "
                + cycle.stream().map(TaskId::value).collect(Collectors.joining(" -> ")), field, List.of());
    }
}

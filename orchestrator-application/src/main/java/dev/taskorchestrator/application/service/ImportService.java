package dev.taskorchestrator.application.service;

import dev.taskorchestrator.application.port.in.ImportUseCase;
import dev.taskorchestrator.application.port.out.ArtifactStore;
import dev.taskorchestrator.application.port.out.EventLog;
import dev.taskorchestrator.application.port.out.SessionRepository;
import dev.taskorchestrator.application.port.out.TaskRepository;
import dev.taskorchestrator.application.port.out.UnitOfWork;
import dev.taskorchestrator.domain.artifact.Artifact;
import dev.taskorchestrator.domain.common.ErrorCode;
import dev.taskorchestrator.domain.common.OrchestratorException;
import dev.taskorchestrator.domain.session.Session;
import dev.taskorchestrator.domain.task.Task;
import dev.taskorchestrator.domain.task.TaskEvent;
import dev.taskorchestrator.domain.task.TaskId;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;

/**
 * Checks the whole file first ({@link ImportPlan}), then, in one transaction, stores what the store
 * does not hold yet. A task already held is skipped with its dependencies, artifacts and history:
 * its history there is already the one this file would bring.
 */
final class ImportService implements ImportUseCase {

    private static final int LOOKUP = 500;

    private final TaskRepository tasks;
    private final SessionRepository sessions;
    private final ArtifactStore artifacts;
    private final EventLog events;
    private final UnitOfWork unitOfWork;

    ImportService(TaskRepository tasks, SessionRepository sessions, ArtifactStore artifacts, EventLog events,
            UnitOfWork unitOfWork) {
        this.tasks = tasks;
        this.sessions = sessions;
        this.artifacts = artifacts;
        this.events = events;
        this.unitOfWork = unitOfWork;
    }

    @Override
    public Result importItems(Command command) {
        ImportPlan plan = ImportPlan.of(command.items());
        Supplier<Result> work = () -> apply(plan, command.dryRun());
        return command.dryRun() ? unitOfWork.inReadTransaction(work) : unitOfWork.inTransaction(work);
    }

    private Result apply(ImportPlan plan, boolean dryRun) {
        Tally created = new Tally();
        Tally skipped = new Tally();
        List<Session> newSessions = plan.sessions.values().stream()
                .filter(session -> sessions.findById(session.id()).isEmpty()).toList();
        created.add("sessions", newSessions.size());
        skipped.add("sessions", plan.sessions.size() - newSessions.size());

        Set<TaskId> held = held(plan.tasks.keySet());
        List<Task> newTasks = plan.parentsFirst(plan.tasks.values().stream()
                .filter(task -> !held.contains(task.id())).toList());
        for (Task task : newTasks) {
            task.parentId().filter(parent -> !plan.tasks.containsKey(parent) && !held.contains(parent))
                    .filter(parent -> tasks.findById(parent).isEmpty())
                    .ifPresent(parent -> {
                        String field = plan.place(task.id()) + "parent_task_id";
                        throw new OrchestratorException(ErrorCode.NOT_FOUND, field + ": the parent task " + parent.value()
                                + " is neither in this file nor in the store", field, List.of());
                    });
        }
        List<Artifact> newArtifacts = new ArrayList<>();
        List<TaskEvent> newEvents = new ArrayList<>();
        for (Task task : plan.tasks.values()) {
            boolean isNew = !held.contains(task.id());
            List<Artifact> itsArtifacts = plan.artifacts.getOrDefault(task.id(), List.of());
            List<TaskEvent> itsEvents = plan.events.getOrDefault(task.id(), List.of());
            (isNew ? created : skipped).add("tasks", 1);
            (isNew ? created : skipped).add("dependencies", task.data().dependencies().size());
            (isNew ? created : skipped).add("artifacts", itsArtifacts.size());
            (isNew ? created : skipped).add("events", itsEvents.size());
            if (isNew) {
                newArtifacts.addAll(itsArtifacts);
                newEvents.addAll(itsEvents);
            }
        }
        for (Artifact artifact : newArtifacts) {
            if (artifacts.findById(artifact.id()).isPresent()) {
                throw ImportPlan.refused("artifact_id", "artifact " + artifact.id().value()
                        + " is already stored, under another task than this file's " + artifact.taskId().value());
            }
        }
        if (!dryRun) {
            newSessions.forEach(sessions::save);
            tasks.addAll(newTasks);
            newArtifacts.forEach(artifacts::add);
            events.appendAll(notYetLogged(newTasks, newEvents));
        }
        return new Result(dryRun, created.counts, skipped.counts);
    }

    /**
     * The events to append for tasks new to the store. The log keeps a deleted task's history, so a
     * task restored from a backup may have some of its events logged already: those are not logged twice.
     */
    private List<TaskEvent> notYetLogged(List<Task> added, List<TaskEvent> fileEvents) {
        List<TaskId> ids = added.stream().map(Task::id).toList();
        long logged = 0;
        for (int from = 0; from < ids.size() && logged == 0; from += LOOKUP) {
            logged += events.countByTasks(ids.subList(from, Math.min(ids.size(), from + LOOKUP)));
        }
        if (logged == 0) {
            return fileEvents;
        }
        Map<TaskId, List<TaskEvent>> already = new java.util.HashMap<>();
        List<TaskEvent> missing = new ArrayList<>();
        for (TaskEvent event : fileEvents) {
            List<TaskEvent> stored = already.computeIfAbsent(event.taskId(), id -> new ArrayList<>(
                    events.history(id, Integer.MAX_VALUE)));
            if (!stored.remove(event)) {
                missing.add(event);
            }
        }
        return missing;
    }

    private Set<TaskId> held(Set<TaskId> ids) {
        Set<TaskId> held = new HashSet<>();
        List<TaskId> all = List.copyOf(ids);
        for (int from = 0; from < all.size(); from += LOOKUP) {
            held.addAll(tasks.findAllById(all.subList(from, Math.min(all.size(), from + LOOKUP))).keySet());
        }
        return held;
    }

    /** Counts by kind, every kind present even at zero. */
    private static final class Tally {
        final Map<String, Long> counts = new LinkedHashMap<>();

        Tally() {
            for (String kind : List.of("sessions", "tasks", "dependencies", "artifacts", "events")) {
                counts.put(kind, 0L);
            }
        }

        void add(String kind, long count) {
            counts.merge(kind, count, Long::sum);
        }
    }
}

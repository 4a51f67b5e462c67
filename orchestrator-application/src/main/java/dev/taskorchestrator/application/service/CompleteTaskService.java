package dev.taskorchestrator.application.service;

import dev.taskorchestrator.application.port.in.CompleteTaskUseCase;
import dev.taskorchestrator.application.port.out.ArtifactStore;
import dev.taskorchestrator.application.port.out.IdGenerator;
import dev.taskorchestrator.application.port.out.ReadyFilter;
import dev.taskorchestrator.application.port.out.TaskRepository;
import dev.taskorchestrator.application.port.out.UnitOfWork;
import dev.taskorchestrator.domain.artifact.Artifact;
import dev.taskorchestrator.domain.artifact.WorkspacePath;
import dev.taskorchestrator.domain.common.OrchestratorException;
import dev.taskorchestrator.domain.task.PlanProgress;
import dev.taskorchestrator.domain.task.Readiness;
import dev.taskorchestrator.domain.task.Task;
import dev.taskorchestrator.domain.task.TaskEventType;
import dev.taskorchestrator.domain.task.TaskId;
import dev.taskorchestrator.domain.task.TaskStatus;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

final class CompleteTaskService implements CompleteTaskUseCase {

    private final TaskRepository repository;
    private final ArtifactStore artifacts;
    private final Tasks tasks;
    private final Sessions sessions;
    private final Ranking ranking;
    private final Ancestors ancestors;
    private final Claims claims;
    private final History history;
    private final IdGenerator ids;
    private final UnitOfWork unitOfWork;
    private final Clock clock;
    private final Duration lease;

    CompleteTaskService(TaskRepository repository, ArtifactStore artifacts, Tasks tasks, Sessions sessions,
            Ranking ranking, Ancestors ancestors, Claims claims, History history, IdGenerator ids, UnitOfWork unitOfWork,
            Clock clock, Duration lease) {
        this.repository = repository;
        this.artifacts = artifacts;
        this.tasks = tasks;
        this.sessions = sessions;
        this.ranking = ranking;
        this.ancestors = ancestors;
        this.claims = claims;
        this.history = history;
        this.ids = ids;
        this.unitOfWork = unitOfWork;
        this.clock = clock;
        this.lease = lease;
    }

    /**
     * The change locks the task only; parents are locked at the end, bottom-up and only where they
     * change or may complete, so agents finishing siblings queue only for that short step. What the
     * completion unblocked and the next task are read after the commit, on what every agent has
     * committed, outside the write.
     */
    @Override
    public Result complete(Command command) {
        Result done = unitOfWork.inTransaction(() -> {
            Instant now = clock.instant();
            repository.lockForUpdate(List.of(command.taskId()));
            Task task = tasks.require(command.taskId(), "task_id");
            claims.requireFree(List.of(task), command.actor(), command.overrideClaim(), now);
            TaskStatus target = command.nextAction().resultingStatus();
            if (target == TaskStatus.COMPLETED) {
                tasks.requireSubtasksClosed(task, "task_id");
                tasks.requireReadyToFinish(task);
            }
            List<WorkspacePath> paths = paths(task, command);
            Task saved = switch (target) {
                case COMPLETED -> repository.update(task.complete(command.summary(), now));
                case IN_PROGRESS -> keepWorking(task, command, now);
                default -> repository.update(task.moveTo(target, Optional.of(command.summary()), now));
            };
            Artifact artifact = Artifact.of(ids.newArtifactId(), task.id(), command.artifactType(),
                    command.artifactName().orElse(task.title()), command.detailedWork(), now, paths);
            artifacts.add(artifact);
            history.record(task.id(), TaskEventType.ARTIFACT_ADDED, now, Optional.of(command.actor().name()),
                    artifact.id() + " (" + artifact.type().wire() + ", " + artifact.size() + " bytes)");
            history.record(task.id(), target == TaskStatus.COMPLETED ? TaskEventType.COMPLETED : TaskEventType.STATUS_CHANGED,
                    now, Optional.of(command.actor().name()), task.status().wire() + " -> " + saved.status().wire() + " ("
                            + command.nextAction().wire() + "): " + command.summary());

            ancestors.start(saved, now);
            List<TaskId> autoCompleted = new ArrayList<>();
            Optional<PlanProgress> progress = saved.parentId().map(parent -> closeParents(parent, now, autoCompleted));
            sessions.touch(saved.sessionId(), now);
            return new Result(saved, artifact.metadata(), progress, autoCompleted, List.of(), Optional.empty());
        });
        try {
            return unitOfWork.inReadTransaction(() -> done.withFollowUps(
                    done.task().status() == TaskStatus.COMPLETED ? unblocked(done.task()) : List.of(),
                    ranking.best(new ReadyFilter(done.task().sessionId(), Optional.empty()), clock.instant())));
        } catch (OrchestratorException unreadable) {
            // The completion is committed: say so, without the hints, rather than an error the agent would retry.
            return done;
        }
    }

    /**
     * Work handed in for another pass stays with its holder, whose lease is renewed; a task nobody
     * holds is claimed for the agent that handed the work in (readiness is past: the work exists).
     */
    private Task keepWorking(Task task, Command command, Instant now) {
        if (task.isClaimedAt(now)) {
            return task.assignee().filter(command.actor().name()::equals).isPresent()
                    ? repository.update(task.renewLease(command.actor().name(), now, lease))
                    : task;
        }
        return claims.claim(task, command.actor().name(), true, now, Optional.empty()).task();
    }

    private List<WorkspacePath> paths(Task task, Command command) {
        if (command.filePaths().isEmpty()) {
            return List.of();
        }
        String workspace = task.sessionId().flatMap(id -> sessions.find(id)).map(s -> s.workspace())
                .or(command::workspace)
                .orElseThrow(() -> OrchestratorException.invalid("file_paths",
                        "file_paths need a workspace: the task has no session and no workspace was given"));
        List<WorkspacePath> resolved = new ArrayList<>();
        for (int i = 0; i < command.filePaths().size(); i++) {
            resolved.add(WorkspacePath.resolve(workspace, command.filePaths().get(i), "file_paths[" + i + "]"));
        }
        return resolved;
    }

    /**
     * The parent's progress after this change; parents whose plan asked for it complete by
     * themselves when their last subtask closes, and so on up the tree. Such a parent is locked
     * before its subtasks are counted: of two siblings closing at once, the one that locks it
     * second counts after the first committed, so the last to close always completes the parent.
     */
    private PlanProgress closeParents(TaskId parentId, Instant now, List<TaskId> autoCompleted) {
        Optional<PlanProgress> first = Optional.empty();
        Optional<TaskId> current = Optional.of(parentId);
        while (current.isPresent()) {
            Task candidate = tasks.require(current.get(), "parent_task_id");
            boolean mayComplete = candidate.data().autoCompleteParent() && candidate.status().canMoveTo(TaskStatus.COMPLETED);
            if (mayComplete) {
                repository.lockForUpdate(List.of(candidate.id()));
                candidate = tasks.require(candidate.id(), "parent_task_id");
            }
            // Counted, not loaded: a plan of a thousand subtasks is asked at each of their completions.
            PlanProgress level = repository.subtaskProgress(candidate.id());
            first = first.or(() -> Optional.of(level));
            if (!mayComplete || !level.allClosed() || !candidate.status().canMoveTo(TaskStatus.COMPLETED)) {
                break;
            }
            Instant at = lastClosed(repository.findChildren(candidate.id()), now);
            String summary = "all " + level.total() + " subtasks closed (" + level.completed() + " completed)";
            repository.update(candidate.complete(summary, at));
            history.record(candidate.id(), TaskEventType.AUTO_COMPLETED, at, Optional.empty(), summary);
            autoCompleted.add(candidate.id());
            current = candidate.parentId();
        }
        return first.orElseThrow();
    }

    /**
     * A parent completes when its last subtask did: a sibling that another agent completed a moment
     * after this one began (on another machine's clock, perhaps) must not end after its parent.
     */
    private static Instant lastClosed(List<Task> children, Instant now) {
        return children.stream().map(child -> child.data().completedAt().orElse(now)).max(Instant::compareTo)
                .filter(latest -> latest.isAfter(now)).orElse(now);
    }

    /** Dependents of the finished task that have become ready through it. */
    private List<TaskId> unblocked(Task finished) {
        List<TaskId> ready = new ArrayList<>();
        for (Task dependent : repository.findDependents(finished.id())) {
            if (dependent.status() == TaskStatus.PENDING
                    && Readiness.isReady(dependent, repository.findAllById(dependent.dependencies()))) {
                ready.add(dependent.id());
            }
        }
        return ready;
    }
}

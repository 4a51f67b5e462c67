package dev.taskorchestrator.application.service;

import dev.taskorchestrator.application.port.in.MaintenanceReport.Finding;
import dev.taskorchestrator.application.port.in.MaintenanceReport;
import dev.taskorchestrator.application.port.in.MaintenanceRequest.Action;
import dev.taskorchestrator.application.port.in.MaintenanceRequest.Scope;
import dev.taskorchestrator.application.port.in.MaintenanceRequest;
import dev.taskorchestrator.application.port.out.ArtifactStore;
import dev.taskorchestrator.application.port.out.IdGenerator;
import dev.taskorchestrator.application.port.out.TaskFilter;
import dev.taskorchestrator.application.port.out.TaskPage;
import dev.taskorchestrator.application.port.out.TaskRepository;
import dev.taskorchestrator.application.port.out.UnitOfWork;
import dev.taskorchestrator.domain.artifact.Artifact;
import dev.taskorchestrator.domain.artifact.ArtifactType;
import dev.taskorchestrator.domain.common.OrchestratorException;
import dev.taskorchestrator.domain.common.WireValues;
import dev.taskorchestrator.domain.session.SessionId;
import dev.taskorchestrator.domain.task.Complexity;
import dev.taskorchestrator.domain.task.NewTask;
import dev.taskorchestrator.domain.task.Priority;
import dev.taskorchestrator.domain.task.Task;
import dev.taskorchestrator.domain.task.TaskEventType;
import dev.taskorchestrator.domain.task.TaskId;
import dev.taskorchestrator.domain.task.TaskType;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * What every maintenance run shares: the tasks in its scope (read without the write lock), the
 * report around its own findings, and its record, a completed review task whose artifact is the report.
 */
final class MaintenanceRuns {

    /** Tasks one run examines at most; a larger workspace is examined a scope at a time. */
    static final int EXAMINED_MAX = 50_000;
    private static final int PAGE = 500;

    private final TaskRepository repository;
    private final ArtifactStore artifacts;
    private final Tasks tasks;
    private final Sessions sessions;
    private final History history;
    private final IdGenerator ids;
    private final UnitOfWork unitOfWork;
    private final Clock clock;

    MaintenanceRuns(TaskRepository repository, ArtifactStore artifacts, Tasks tasks, Sessions sessions, History history,
            IdGenerator ids, UnitOfWork unitOfWork, Clock clock) {
        this.repository = repository;
        this.artifacts = artifacts;
        this.tasks = tasks;
        this.sessions = sessions;
        this.history = history;
        this.ids = ids;
        this.unitOfWork = unitOfWork;
        this.clock = clock;
    }

    /** One run in progress: its request and time, and what it finds and changes. */
    static final class Run {
        final MaintenanceRequest request;
        final Scope scope;
        final Instant now;
        final List<Finding> findings = new ArrayList<>();
        final List<TaskId> archived = new ArrayList<>();
        final List<TaskId> released = new ArrayList<>();

        Run(MaintenanceRequest request, Scope scope, Instant now) {
            this.request = request;
            this.scope = scope;
            this.now = now;
        }
    }

    /** What one kind of run does with its scope; it returns the body of the report. */
    @FunctionalInterface
    interface Body {
        String examine(List<Task> scope, Run run);
    }

    MaintenanceReport run(Action action, MaintenanceRequest request, Body body) {
        // The scope is read in a read transaction; only the changes and the record take the write lock.
        Optional<SessionId> session = unitOfWork.inReadTransaction(() -> sessions.choose(Optional.empty(),
                request.workspace()));
        Scope scope = request.scope().orElse(session.isPresent() ? Scope.CURRENT_SESSION : Scope.FULL_PROJECT);
        if (scope == Scope.CURRENT_SESSION && session.isEmpty()) {
            throw OrchestratorException.invalid("scope", "scope current_session needs a session: initialize one "
                    + "first, or use full_project", WireValues.allowed(Scope.class));
        }
        List<Task> examined = unitOfWork.inReadTransaction(() -> inScope(scope, request, session));
        return unitOfWork.inTransaction(() -> {
            Run run = new Run(request, scope, clock.instant());
            if (examined.size() >= EXAMINED_MAX) {
                run.findings.add(new Finding("truncated", Optional.empty(), "only the first " + EXAMINED_MAX
                        + " tasks were examined; run it per session or subtree to cover the rest"));
            }
            String markdown = MaintenanceMarkdown.report(action, run, examined.size(), body.examine(examined, run));
            Task record = record(action, run, session, markdown);
            Artifact artifact = Artifact.of(ids.newArtifactId(), record.id(), isDocument(action)
                    ? ArtifactType.DOCUMENTATION : ArtifactType.ANALYSIS, "maintenance-" + action.wire() + ".md", markdown,
                    run.now, List.of());
            artifacts.add(artifact);
            return new MaintenanceReport(action, scope, request.level(), examined.size(), run.findings, run.archived,
                    run.released, markdown, record.id(), artifact.id());
        });
    }

    private List<Task> inScope(Scope scope, MaintenanceRequest request, Optional<SessionId> session) {
        if (scope == Scope.SPECIFIC_SUBTASK) {
            Task target = tasks.require(request.target().orElseThrow(), "target_task_id");
            List<Task> subtree = new ArrayList<>(List.of(target));
            subtree.addAll(repository.findDescendants(target.id()));
            return subtree;
        }
        TaskFilter filter = scope == Scope.CURRENT_SESSION ? TaskFilter.any().withSession(session) : TaskFilter.any();
        List<Task> found = new ArrayList<>();
        Optional<TaskId> after = Optional.empty();
        TaskPage page;
        do {
            page = repository.query(filter, after, PAGE);
            found.addAll(page.tasks());
            after = page.tasks().isEmpty() ? after : Optional.of(page.tasks().get(page.tasks().size() - 1).id());
        } while (page.hasMore() && found.size() < EXAMINED_MAX);
        return found;
    }

    private static boolean isDocument(Action action) {
        return action == Action.UPDATE_DOCUMENTATION || action == Action.PREPARE_HANDOVER;
    }

    private static String summary(Action action, Run run) {
        return switch (action) {
            case SCAN_CLEANUP, VALIDATE_STRUCTURE -> run.findings.size() + " finding(s), " + run.archived.size()
                    + " archived, " + run.released.size() + " claim(s) released";
            case UPDATE_DOCUMENTATION -> "status report written";
            case PREPARE_HANDOVER -> "handover written";
        };
    }

    /** The run's record: a completed review task in the session examined, its report as the artifact. */
    private Task record(Action action, Run run, Optional<SessionId> session, String markdown) {
        String summary = summary(action, run);
        NewTask spec = new NewTask(Optional.empty(), run.scope == Scope.CURRENT_SESSION ? session : Optional.empty(),
                "Maintenance: " + action.wire() + " (" + run.scope.wire() + ", " + run.request.level().wire() + ")",
                summary, TaskType.REVIEW, "coordinator", Complexity.SIMPLE, Priority.LOW, Optional.empty(),
                Optional.empty(), Map.of("maintenance", true, "action", action.wire()), List.of(), false);
        Task created = Task.create(ids.newTaskId(), spec, run.now);
        repository.add(created);
        Task completed = repository.update(created.complete(summary, run.now));
        history.record(completed.id(), TaskEventType.COMPLETED, run.now, Optional.of(run.request.actor().name()),
                summary + "; report: " + markdown.length() + " characters");
        return completed;
    }
}

package dev.taskorchestrator.application.service;

import dev.taskorchestrator.application.port.in.MaintenanceUseCase;
import dev.taskorchestrator.application.port.out.ArtifactStore;
import dev.taskorchestrator.application.port.out.IdGenerator;
import dev.taskorchestrator.application.port.out.StoreHealth;
import dev.taskorchestrator.application.port.out.TaskFilter;
import dev.taskorchestrator.application.port.out.TaskPage;
import dev.taskorchestrator.application.port.out.TaskRepository;
import dev.taskorchestrator.application.port.out.UnitOfWork;
import dev.taskorchestrator.domain.artifact.Artifact;
import dev.taskorchestrator.domain.artifact.ArtifactType;
import dev.taskorchestrator.domain.task.Complexity;
import dev.taskorchestrator.domain.task.DependencyGraph;
import dev.taskorchestrator.domain.task.NewTask;
import dev.taskorchestrator.domain.task.Priority;
import dev.taskorchestrator.domain.task.Readiness;
import dev.taskorchestrator.domain.task.Task;
import dev.taskorchestrator.domain.task.TaskEventType;
import dev.taskorchestrator.domain.task.TaskId;
import dev.taskorchestrator.domain.task.TaskStatus;
import dev.taskorchestrator.domain.task.TaskType;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

final class MaintenanceService implements MaintenanceUseCase {

    /** Tasks one run examines at most; a larger workspace is examined a scope at a time. */
    static final int EXAMINED_MAX = 50_000;
    private static final int PAGE = 500;
    private static final int LISTED = 20;
    private static final String ACTOR = "maintenance";

    private final TaskRepository repository;
    private final ArtifactStore artifacts;
    private final Tasks tasks;
    private final Claims claims;
    private final History history;
    private final StoreHealth storeHealth;
    private final IdGenerator ids;
    private final UnitOfWork unitOfWork;
    private final Clock clock;
    private final OrchestratorSettings settings;

    MaintenanceService(TaskRepository repository, ArtifactStore artifacts, Tasks tasks, Claims claims, History history,
            StoreHealth storeHealth, IdGenerator ids, UnitOfWork unitOfWork, Clock clock, OrchestratorSettings settings) {
        this.repository = repository;
        this.artifacts = artifacts;
        this.tasks = tasks;
        this.claims = claims;
        this.history = history;
        this.storeHealth = storeHealth;
        this.ids = ids;
        this.unitOfWork = unitOfWork;
        this.clock = clock;
        this.settings = settings;
    }

    @Override
    public Report run(Command command) {
        // The scope is read in a read transaction; only the changes and the record take the write lock.
        List<Task> scope = unitOfWork.inReadTransaction(() -> inScope(command));
        return unitOfWork.inTransaction(() -> {
            Instant now = clock.instant();
            List<Finding> findings = new ArrayList<>();
            List<TaskId> archived = new ArrayList<>();
            List<TaskId> released = new ArrayList<>();
            if (scope.size() >= EXAMINED_MAX) {
                findings.add(new Finding("truncated", Optional.empty(), "only the first " + EXAMINED_MAX
                        + " tasks were examined; run it per session or subtree to cover the rest"));
            }
            String body = switch (command.action()) {
                case SCAN_CLEANUP -> scan(scope, command, now, findings, archived, released);
                case VALIDATE_STRUCTURE -> validate(scope, command.level(), findings);
                case UPDATE_DOCUMENTATION -> statusReport(scope);
                case PREPARE_HANDOVER -> handover(scope);
            };
            String markdown = "# Maintenance: " + command.action().wire() + "\n\nScope " + command.scope().wire()
                    + ", level " + command.level().wire() + ", " + scope.size() + " task(s) examined at " + now + ".\n\n"
                    + body;
            Task record = record(command, summary(command, findings, archived, released), markdown, now);
            var artifact = Artifact.of(ids.newArtifactId(), record.id(), isDocument(command) ? ArtifactType.DOCUMENTATION
                    : ArtifactType.ANALYSIS, "maintenance-" + command.action().wire() + ".md", markdown, now, List.of());
            artifacts.add(artifact);
            return new Report(command.action(), command.scope(), command.level(), scope.size(), findings, archived,
                    released, markdown, record.id(), artifact.id());
        });
    }

    private List<Task> inScope(Command command) {
        if (command.scope() == Scope.SPECIFIC_SUBTASK) {
            Task target = tasks.require(command.target().orElseThrow(), "target_task_id");
            List<Task> subtree = new ArrayList<>(List.of(target));
            subtree.addAll(repository.findDescendants(target.id()));
            return subtree;
        }
        TaskFilter filter = command.scope() == Scope.CURRENT_SESSION ? TaskFilter.any().withSession(command.session())
                : TaskFilter.any();
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

    private String scan(List<Task> scope, Command command, Instant now, List<Finding> findings, List<TaskId> archived,
            List<TaskId> released) {
        Map<TaskId, List<Task>> children = childrenOf(scope);
        for (Task task : scope) {
            Duration limit = settings.staleAfter(task.specialistType());
            Duration idle = Duration.between(task.data().updatedAt(), now);
            if (task.status().isOpen() && idle.compareTo(limit) > 0) {
                // Work someone holds right now, or that others wait on, is reported but never archived here.
                boolean held = task.data().claimedAt(now);
                long openSubtasks = children.getOrDefault(task.id(), List.of()).stream()
                        .filter(t -> t.status().isOpen()).count();
                int waiting = held ? 0 : repository.findDependents(task.id()).size();
                String kept = held ? "; kept: its claim is still live"
                        : openSubtasks > 0 ? "; kept: " + openSubtasks + " of its subtasks are open"
                        : waiting > 0 ? "; kept: " + waiting + " task(s) depend on it" : "";
                findings.add(new Finding("stale_task", Optional.of(task.id()), task.status().wire() + ", unchanged for "
                        + describe(idle) + "; " + task.specialistType() + " work is stale after " + describe(limit)
                        + kept));
                if (command.level().cleansUp() && kept.isEmpty()) {
                    repository.update(task.archive("stale: unchanged for " + describe(idle), now));
                    history.record(task.id(), TaskEventType.ARCHIVED, now, Optional.of(ACTOR),
                            "archived by maintenance: unchanged for " + describe(idle));
                    archived.add(task.id());
                }
            } else if (task.leaseExpiredAt(now)) {
                findings.add(new Finding("expired_claim", Optional.of(task.id()), "claimed by "
                        + task.assignee().orElse("?") + "; the lease ended " + task.data().leaseExpiresAt().orElseThrow()));
                if (command.level().cleansUp()) {
                    claims.release(task, now);
                    released.add(task.id());
                }
            }
            List<Task> subtasks = children.getOrDefault(task.id(), List.of());
            if (task.status().isOpen() && !subtasks.isEmpty() && subtasks.stream().allMatch(t -> t.status().isClosed())) {
                findings.add(new Finding("unfinished_plan", Optional.of(task.id()), "all " + subtasks.size()
                        + " subtask(s) are closed but the plan is " + task.status().wire() + "; complete or cancel it"));
            }
        }
        return findingsSection(findings) + (archived.isEmpty() ? "" : "\nArchived: " + archived.size() + " task(s).\n")
                + (released.isEmpty() ? "" : "Claims released: " + released.size() + ".\n")
                + (command.level().cleansUp() || findings.isEmpty() ? ""
                        : "\nNothing was changed: run again at the comprehensive level to archive stale tasks and "
                                + "release expired claims.\n");
    }

    private String validate(List<Task> scope, Level level, List<Finding> findings) {
        Map<TaskId, Task> byId = new HashMap<>();
        scope.forEach(task -> byId.put(task.id(), task));
        Map<TaskId, List<Task>> children = childrenOf(scope);
        DependencyGraph graph = new DependencyGraph(id -> Optional.ofNullable(byId.get(id))
                .map(Task::dependencies).orElse(List.of()));
        Set<TaskId> inCycles = new HashSet<>();
        for (Task task : scope) {
            if (!inCycles.contains(task.id())) {
                graph.findCycleFrom(task.id()).ifPresent(cycle -> {
                    inCycles.addAll(cycle);
                    findings.add(new Finding("dependency_cycle", Optional.of(task.id()), cycle.stream()
                            .map(TaskId::value).collect(Collectors.joining(" -> "))));
                });
            }
            List<Task> open = children.getOrDefault(task.id(), List.of()).stream().filter(t -> t.status().isOpen())
                    .toList();
            if (task.status() == TaskStatus.COMPLETED && !open.isEmpty()) {
                findings.add(new Finding("completed_parent_with_open_children", Optional.of(task.id()), "completed, but "
                        + open.size() + " subtask(s) are open: " + open.stream().map(t -> t.id().value()).toList()));
            }
            if (task.status() == TaskStatus.IN_PROGRESS && task.assignee().isEmpty()) {
                findings.add(new Finding("claim_without_owner", Optional.of(task.id()), "in progress with no assignee"));
            }
        }
        String integrity = level == Level.FULL_AUDIT ? storeHealth.fullCheck() : storeHealth.quickCheck();
        if (!"ok".equals(integrity)) {
            findings.add(new Finding("integrity", Optional.empty(), integrity));
        }
        return findingsSection(findings) + "\nStore integrity: " + integrity + ".\n";
    }

    private String statusReport(List<Task> scope) {
        Map<TaskStatus, List<Task>> byStatus = new LinkedHashMap<>();
        for (TaskStatus status : TaskStatus.values()) {
            byStatus.put(status, scope.stream().filter(t -> t.status() == status).toList());
        }
        StringBuilder out = new StringBuilder("## Tasks by status\n\n| status | tasks |\n|---|---|\n");
        byStatus.forEach((status, list) -> out.append("| ").append(status.wire()).append(" | ").append(list.size())
                .append(" |\n"));
        for (TaskStatus status : List.of(TaskStatus.IN_PROGRESS, TaskStatus.BLOCKED, TaskStatus.FAILED,
                TaskStatus.PENDING)) {
            out.append(section(status.wire().replace('_', ' '), byStatus.get(status)));
        }
        return out.toString();
    }

    private String handover(List<Task> scope) {
        Map<TaskId, Task> byId = new HashMap<>();
        scope.forEach(task -> byId.put(task.id(), task));
        List<Task> done = scope.stream().filter(t -> t.status() == TaskStatus.COMPLETED)
                .sorted(Comparator.comparing((Task t) -> t.data().completedAt().orElse(Instant.EPOCH)).reversed())
                .toList();
        List<Task> inProgress = scope.stream().filter(t -> t.status() == TaskStatus.IN_PROGRESS).toList();
        List<Task> next = scope.stream().filter(t -> t.status() == TaskStatus.PENDING)
                .filter(t -> Readiness.unmetPrerequisites(t, byId).isEmpty())
                .sorted(Comparator.comparing(Task::priority).reversed().thenComparing(Task::createdAt)).toList();
        return section("Done", done) + section("In progress", inProgress) + section("Next (ready)", next);
    }

    private static String section(String title, List<Task> list) {
        StringBuilder out = new StringBuilder("\n## ").append(title).append(" (").append(list.size()).append(")\n\n");
        list.stream().limit(LISTED).forEach(task -> out.append("- ").append(task.id()).append(" ").append(task.title())
                .append(" (").append(task.specialistType()).append(task.assignee().map(a -> ", " + a).orElse(""))
                .append(task.data().summary().map(s -> "): " + s).orElse(")")).append('\n'));
        if (list.size() > LISTED) {
            out.append("- … and ").append(list.size() - LISTED).append(" more\n");
        }
        return out.toString();
    }

    private static String findingsSection(List<Finding> findings) {
        if (findings.isEmpty()) {
            return "## Findings\n\nNone.\n";
        }
        return "## Findings (" + findings.size() + ")\n\n" + findings.stream().map(f -> "- " + f.kind()
                + f.taskId().map(id -> " " + id).orElse("") + ": " + f.detail()).collect(Collectors.joining("\n"))
                + "\n";
    }

    private static String describe(Duration duration) {
        return duration.toDays() > 0 ? duration.toDays() + " day(s)" : duration.toHours() > 0 ? duration.toHours()
                + " hour(s)" : duration.toSeconds() + " second(s)";
    }

    private static Map<TaskId, List<Task>> childrenOf(List<Task> scope) {
        Map<TaskId, List<Task>> children = new HashMap<>();
        scope.forEach(task -> task.parentId().ifPresent(parent -> children.computeIfAbsent(parent,
                key -> new ArrayList<>()).add(task)));
        return children;
    }

    private static boolean isDocument(Command command) {
        return command.action() == Action.UPDATE_DOCUMENTATION || command.action() == Action.PREPARE_HANDOVER;
    }

    private static String summary(Command command, List<Finding> findings, List<TaskId> archived,
            List<TaskId> released) {
        return switch (command.action()) {
            case SCAN_CLEANUP, VALIDATE_STRUCTURE -> findings.size() + " finding(s), " + archived.size() + " archived, "
                    + released.size() + " claim(s) released";
            case UPDATE_DOCUMENTATION -> "status report written";
            case PREPARE_HANDOVER -> "handover written";
        };
    }

    /** The run's record: a completed review task in the session examined, its report as the artifact. */
    private Task record(Command command, String summary, String markdown, Instant now) {
        NewTask spec = new NewTask(Optional.empty(), command.scope() == Scope.CURRENT_SESSION ? command.session()
                : Optional.empty(), "Maintenance: " + command.action().wire() + " (" + command.scope().wire() + ", "
                + command.level().wire() + ")", summary, TaskType.REVIEW, "coordinator", Complexity.SIMPLE, Priority.LOW,
                Optional.empty(), Optional.empty(), Map.of("maintenance", true, "action", command.action().wire()),
                List.of(), false);
        Task created = Task.create(ids.newTaskId(), spec, now);
        repository.add(created);
        Task completed = repository.update(created.complete(summary, Optional.of(ACTOR), now));
        history.record(completed.id(), TaskEventType.COMPLETED, now, Optional.of(ACTOR), summary + "; report: "
                + markdown.length() + " characters");
        return completed;
    }
}

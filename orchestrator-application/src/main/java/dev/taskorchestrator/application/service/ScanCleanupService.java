package dev.taskorchestrator.application.service;

import dev.taskorchestrator.application.port.in.MaintenanceReport.Finding;
import dev.taskorchestrator.application.port.in.MaintenanceReport;
import dev.taskorchestrator.application.port.in.MaintenanceRequest.Action;
import dev.taskorchestrator.application.port.in.MaintenanceRequest;
import dev.taskorchestrator.application.port.in.RetrySafeCallUseCase;
import dev.taskorchestrator.application.port.in.ScanCleanupUseCase;
import dev.taskorchestrator.application.port.out.RequestLog;
import dev.taskorchestrator.application.port.out.TaskRepository;
import dev.taskorchestrator.domain.task.Task;
import dev.taskorchestrator.domain.task.TaskEventType;
import dev.taskorchestrator.domain.task.TaskId;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;

final class ScanCleanupService implements ScanCleanupUseCase {

    private final MaintenanceRuns runs;
    private final TaskRepository repository;
    private final Tasks tasks;
    private final Claims claims;
    private final History history;
    private final RequestLog requests;
    private final OrchestratorSettings settings;

    ScanCleanupService(MaintenanceRuns runs, TaskRepository repository, Tasks tasks, Claims claims, History history,
            RequestLog requests, OrchestratorSettings settings) {
        this.runs = runs;
        this.repository = repository;
        this.tasks = tasks;
        this.claims = claims;
        this.history = history;
        this.requests = requests;
        this.settings = settings;
    }

    @Override
    public MaintenanceReport scan(MaintenanceRequest request) {
        return runs.run(Action.SCAN_CLEANUP, request, this::scan);
    }

    private String scan(List<Task> scope, MaintenanceRuns.Run run) {
        Map<TaskId, List<Task>> children = Tasks.childrenOf(scope);
        boolean cleansUp = run.request.level().cleansUp();
        Optional<String> actor = Optional.of(run.request.actor().name());
        for (Task task : scope) {
            Duration limit = settings.staleAfter(task.specialistType());
            Duration idle = Duration.between(task.data().updatedAt(), run.now);
            List<Task> subtasks = children.getOrDefault(task.id(), List.of());
            if (task.status().isOpen() && idle.compareTo(limit) > 0) {
                // Work someone holds right now, or that others wait on, is reported but never archived here.
                boolean held = task.data().claimedAt(run.now);
                long openSubtasks = subtasks.stream().filter(t -> t.status().isOpen()).count();
                int waiting = held ? 0 : repository.findDependents(task.id()).size();
                String kept = held ? "; kept: its claim is still live"
                        : openSubtasks > 0 ? "; kept: " + openSubtasks + " of its subtasks are open"
                        : waiting > 0 ? "; kept: " + waiting + " task(s) depend on it" : "";
                run.findings.add(new Finding("stale_task", Optional.of(task.id()), task.status().wire()
                        + ", unchanged for " + MaintenanceMarkdown.describe(idle) + "; " + task.specialistType()
                        + " work is stale after " + MaintenanceMarkdown.describe(limit) + kept));
                Optional<Task> fresh = cleansUp && kept.isEmpty() ? tasks.lockedIfUnchanged(task) : Optional.empty();
                if (fresh.isPresent()) {
                    String why = "unchanged for " + MaintenanceMarkdown.describe(idle);
                    repository.update(fresh.get().archive("stale: " + why, run.now));
                    history.record(task.id(), TaskEventType.ARCHIVED, run.now, actor, "archived by maintenance: " + why);
                    run.archived.add(task.id());
                }
            } else if (task.leaseExpiredAt(run.now)) {
                run.findings.add(new Finding("expired_claim", Optional.of(task.id()), "claimed by "
                        + task.assignee().orElse("?") + "; the lease ended " + task.data().leaseExpiresAt().orElseThrow()));
                if (cleansUp && claims.releaseIfUnchanged(task, run.now)) {
                    run.released.add(task.id());
                }
            }
            if (task.status().isOpen() && !subtasks.isEmpty() && subtasks.stream().allMatch(t -> t.status().isClosed())) {
                run.findings.add(new Finding("unfinished_plan", Optional.of(task.id()), "all " + subtasks.size()
                        + " subtask(s) are closed but the plan is " + task.status().wire() + "; complete or cancel it"));
            }
        }
        // Request ids are the store's, not the scope's: a cleanup forgets every one past its keeping.
        int forgotten = cleansUp ? requests.removeRecordedBefore(run.now.minus(RetrySafeCallUseCase.KEPT_FOR)) : 0;
        return MaintenanceMarkdown.findings(run.findings)
                + (run.archived.isEmpty() ? "" : "\nArchived: " + run.archived.size() + " task(s).\n")
                + (run.released.isEmpty() ? "" : "Claims released: " + run.released.size() + ".\n")
                + (forgotten == 0 ? "" : "Request ids older than 24 h forgotten: " + forgotten + ".\n")
                + (cleansUp || run.findings.isEmpty() ? ""
                        : "\nNothing was changed: run again at the comprehensive level to archive stale tasks and "
                                + "release expired claims.\n");
    }
}

package dev.taskorchestrator.application.service;

import dev.taskorchestrator.application.port.in.MaintenanceReport.Finding;
import dev.taskorchestrator.application.port.in.MaintenanceRequest.Action;
import dev.taskorchestrator.domain.task.Readiness;
import dev.taskorchestrator.domain.task.Task;
import dev.taskorchestrator.domain.task.TaskId;
import dev.taskorchestrator.domain.task.TaskStatus;
import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/** The Markdown of maintenance reports: a heading, findings, and lists of tasks a person reads. */
final class MaintenanceMarkdown {

    /** Tasks listed per section; the rest are counted. */
    private static final int LISTED = 20;

    private MaintenanceMarkdown() {
    }

    static String report(Action action, MaintenanceRuns.Run run, int examined, String body) {
        return "# Maintenance: " + action.wire() + "\n\nScope " + run.scope.wire() + ", level "
                + run.request.level().wire() + ", " + examined + " task(s) examined at " + run.now + ".\n\n" + body;
    }

    static String findings(List<Finding> findings) {
        if (findings.isEmpty()) {
            return "## Findings\n\nNone.\n";
        }
        return "## Findings (" + findings.size() + ")\n\n" + findings.stream().map(f -> "- " + f.kind()
                + f.taskId().map(id -> " " + id).orElse("") + ": " + f.detail()).collect(Collectors.joining("\n"))
                + "\n";
    }

    /** Tasks by status, then the lists that need attention. */
    static String statusReport(List<Task> scope) {
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

    /** What is done (latest first), in progress, and ready next (most urgent first). */
    static String handover(List<Task> scope) {
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

    static String describe(Duration duration) {
        return duration.toDays() > 0 ? duration.toDays() + " day(s)" : duration.toHours() > 0 ? duration.toHours()
                + " hour(s)" : duration.toSeconds() + " second(s)";
    }
}

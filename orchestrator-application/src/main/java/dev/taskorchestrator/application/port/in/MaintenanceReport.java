package dev.taskorchestrator.application.port.in;

import dev.taskorchestrator.application.port.in.MaintenanceRequest.Action;
import dev.taskorchestrator.application.port.in.MaintenanceRequest.Level;
import dev.taskorchestrator.application.port.in.MaintenanceRequest.Scope;
import dev.taskorchestrator.domain.artifact.ArtifactId;
import dev.taskorchestrator.domain.task.TaskId;
import java.util.List;
import java.util.Optional;

/**
 * What a maintenance run found and did, its report as Markdown, and where the run is recorded.
 *
 * @param examined how many tasks the run looked at
 * @param archived stale tasks archived (comprehensive and full audit only)
 * @param released expired claims returned to pending (likewise)
 * @param record the completed review task that records the run, with {@code artifact} as its report
 */
public record MaintenanceReport(Action action, Scope scope, Level level, int examined, List<Finding> findings,
        List<TaskId> archived, List<TaskId> released, String markdown, TaskId record, ArtifactId artifact) {

    public MaintenanceReport {
        findings = List.copyOf(findings);
        archived = List.copyOf(archived);
        released = List.copyOf(released);
    }

    /** Something a run found, about a task or (for the store's integrity) about none. */
    public record Finding(String kind, Optional<TaskId> taskId, String detail) {
    }
}

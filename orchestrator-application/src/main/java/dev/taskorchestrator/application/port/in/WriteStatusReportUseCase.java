package dev.taskorchestrator.application.port.in;

/**
 * Writes the workspace's status as Markdown: tasks by status, and those in progress, blocked,
 * failed and pending. The run is recorded as a completed review task whose artifact is its
 * report.
 */
public interface WriteStatusReportUseCase {

    MaintenanceReport writeStatusReport(MaintenanceRequest request);
}

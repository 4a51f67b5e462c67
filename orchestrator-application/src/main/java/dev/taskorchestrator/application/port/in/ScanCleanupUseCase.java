package dev.taskorchestrator.application.port.in;

/**
 * Finds stale tasks (open and unchanged longer than their role's threshold), expired claims and
 * plans whose subtasks are all closed; from the comprehensive level on it archives the stale
 * tasks nobody holds or waits on and releases the expired claims. The run is recorded as a
 * completed review task whose artifact is its report.
 */
public interface ScanCleanupUseCase {

    MaintenanceReport scan(MaintenanceRequest request);
}

package dev.taskorchestrator.application.port.in;

/**
 * Finds dependency cycles, completed parents with open subtasks and claims without an owner, and
 * runs the store's integrity check (the thorough one at full_audit). The run is recorded as a
 * completed review task whose artifact is its report.
 */
public interface ValidateStructureUseCase {

    MaintenanceReport validate(MaintenanceRequest request);
}

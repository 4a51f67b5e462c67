package dev.taskorchestrator.application.service;

import dev.taskorchestrator.application.port.in.MaintenanceReport;
import dev.taskorchestrator.application.port.in.MaintenanceRequest.Action;
import dev.taskorchestrator.application.port.in.MaintenanceRequest;
import dev.taskorchestrator.application.port.in.WriteStatusReportUseCase;

final class StatusReportService implements WriteStatusReportUseCase {

    private final MaintenanceRuns runs;

    StatusReportService(MaintenanceRuns runs) {
        this.runs = runs;
    }

    @Override
    public MaintenanceReport writeStatusReport(MaintenanceRequest request) {
        return runs.run(Action.UPDATE_DOCUMENTATION, request, (scope, run) -> MaintenanceMarkdown.statusReport(scope));
    }
}

package dev.taskorchestrator.application.service;

import dev.taskorchestrator.application.port.in.MaintenanceReport;
import dev.taskorchestrator.application.port.in.MaintenanceRequest.Action;
import dev.taskorchestrator.application.port.in.MaintenanceRequest;
import dev.taskorchestrator.application.port.in.PrepareHandoverUseCase;

final class HandoverService implements PrepareHandoverUseCase {

    private final MaintenanceRuns runs;

    HandoverService(MaintenanceRuns runs) {
        this.runs = runs;
    }

    @Override
    public MaintenanceReport prepareHandover(MaintenanceRequest request) {
        return runs.run(Action.PREPARE_HANDOVER, request, (scope, run) -> MaintenanceMarkdown.handover(scope));
    }
}

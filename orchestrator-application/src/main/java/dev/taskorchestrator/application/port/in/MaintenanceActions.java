package dev.taskorchestrator.application.port.in;

/**
 * The four maintenance runs, each a use case of its own, and which one an action names: the one
 * place that choice is made, for every adapter that takes the action as a word.
 */
public record MaintenanceActions(ScanCleanupUseCase scan, ValidateStructureUseCase validate,
        WriteStatusReportUseCase document, PrepareHandoverUseCase handover) {

    public MaintenanceReport run(MaintenanceRequest.Action action, MaintenanceRequest request) {
        return switch (action) {
            case SCAN_CLEANUP -> scan.scan(request);
            case VALIDATE_STRUCTURE -> validate.validate(request);
            case UPDATE_DOCUMENTATION -> document.writeStatusReport(request);
            case PREPARE_HANDOVER -> handover.prepareHandover(request);
        };
    }
}

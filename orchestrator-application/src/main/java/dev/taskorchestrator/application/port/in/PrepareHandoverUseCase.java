package dev.taskorchestrator.application.port.in;

/**
 * Writes a handover as Markdown: what is done, what is in progress and what is ready next. The
 * run is recorded as a completed review task whose artifact is its report.
 */
public interface PrepareHandoverUseCase {

    MaintenanceReport prepareHandover(MaintenanceRequest request);
}

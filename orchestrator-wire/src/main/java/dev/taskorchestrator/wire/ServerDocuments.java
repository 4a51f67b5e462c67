package dev.taskorchestrator.wire;

import dev.taskorchestrator.application.port.in.HealthCheckUseCase;
import dev.taskorchestrator.application.port.in.MaintenanceUseCase;
import dev.taskorchestrator.application.port.in.RestartServerUseCase;
import dev.taskorchestrator.application.port.in.ServerLifecycleUseCase;
import dev.taskorchestrator.domain.reboot.LifecycleRecord;
import dev.taskorchestrator.domain.reboot.RestartReason;
import java.util.List;
import java.util.Map;

/** The documents of the server's own use cases: health, lifecycle, restarts and maintenance. */
public final class ServerDocuments {

    private ServerDocuments() {
    }

    /** Healthy judged on every check; {@code listed} are the checks shown. */
    public static Map<String, Object> health(HealthCheckUseCase.HealthReport report, List<HealthCheckUseCase.Check> listed) {
        return Document.with("healthy", report.healthy())
                .put("failed", report.failed())
                .put("checks", listed.stream().map(ServerDocuments::check).toList())
                .map();
    }

    private static Map<String, Object> check(HealthCheckUseCase.Check check) {
        Document row = Document.with("name", check.name()).put("ok", check.ok()).put("figure", check.figure());
        if (!check.detail().isEmpty()) {
            row.put("detail", check.detail());
        }
        return row.map();
    }

    /** The lifecycle now and, when asked, its past records (errors left out unless asked). */
    public static Map<String, Object> lifecycle(ServerLifecycleUseCase.Status status, boolean withHistory,
            boolean withErrors) {
        Document document = Document.with("current", record(status.current(), withErrors));
        if (withHistory) {
            document.put("history", status.history().stream().map(record -> record(record, withErrors)).toList());
        }
        return document.map();
    }

    private static Map<String, Object> record(LifecycleRecord record, boolean withErrors) {
        Document row = Document.with("phase", record.phase().wire())
                .put("progress", record.phase().progressPercent())
                .put("entered_at", record.enteredAt().toString())
                .put("restarts", record.restarts());
        if (withErrors) {
            row.put("last_error", record.lastError());
            row.put("failed_in", record.failedIn().map(phase -> phase.wire()));
        }
        return row.map();
    }

    public static Map<String, Object> restart(RestartServerUseCase.Report report, RestartReason reason) {
        return Document.with("success", report.success())
                .put("phases", report.phases().stream().map(timing -> Document.with("phase", timing.phase().wire())
                        .put("duration_ms", timing.took().toMillis()).map()).toList())
                .put("total_ms", report.total().toMillis())
                .put("reason", reason.wire())
                .put("error", report.error())
                .map();
    }

    public static Map<String, Object> maintenance(MaintenanceUseCase.Report report) {
        return Document.with("action", report.action().wire())
                .put("scope", report.scope().wire())
                .put("validation_level", report.level().wire())
                .put("examined", report.examined())
                .put("findings", report.findings().stream().map(finding -> Document.with("kind", finding.kind())
                        .put("task_id", finding.taskId().map(id -> id.value()))
                        .put("detail", finding.detail()).map()).toList())
                .put("archived", Rows.ids(report.archived()))
                .put("released", Rows.ids(report.released()))
                .put("report", report.markdown())
                .put("record_task_id", report.record().value())
                .put("artifact_id", report.artifact().value())
                .map();
    }
}

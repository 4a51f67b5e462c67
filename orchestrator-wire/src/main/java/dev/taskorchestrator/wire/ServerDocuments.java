package dev.taskorchestrator.wire;

import dev.taskorchestrator.application.port.in.HealthCheckUseCase;
import dev.taskorchestrator.application.port.in.LifecycleStatusUseCase.InstanceStatus;
import dev.taskorchestrator.application.port.in.LifecycleStatusUseCase;
import dev.taskorchestrator.application.port.in.MaintenanceReport;
import dev.taskorchestrator.application.port.in.RestartServerUseCase;
import dev.taskorchestrator.application.port.in.ShutdownReadinessUseCase;
import dev.taskorchestrator.domain.reboot.InstanceId;
import dev.taskorchestrator.domain.reboot.LifecyclePhase;
import dev.taskorchestrator.domain.reboot.LifecycleRecord;
import dev.taskorchestrator.domain.reboot.PhaseTiming;
import dev.taskorchestrator.domain.reboot.RestartReason;
import dev.taskorchestrator.domain.reboot.RestartRecord;
import dev.taskorchestrator.domain.reboot.ServerInstance;
import java.util.List;
import java.util.Map;

/** The documents of the server's own use cases: health, lifecycle, restarts, shutdown readiness and maintenance. */
public final class ServerDocuments {

    private ServerDocuments() {
    }

    /** Healthy judged on every check; the checks the query listed; the servers live on the store. */
    public static Map<String, Object> health(HealthCheckUseCase.HealthReport report) {
        return Document.with("healthy", report.healthy())
                .put("failed", report.failed())
                .put("checks", report.listed().stream().map(ServerDocuments::check).toList())
                .put("instances", report.liveInstances().stream().map(ServerDocuments::instance).toList())
                .map();
    }

    private static Map<String, Object> check(HealthCheckUseCase.Check check) {
        Document row = Document.with("name", check.name()).put("ok", check.ok()).put("figure", check.figure());
        if (!check.detail().isEmpty()) {
            row.put("detail", check.detail());
        }
        return row.map();
    }

    /**
     * This server's lifecycle now (when this process runs one), its past records when asked (errors
     * left out unless asked), every instance of the store with its state, and the recent starts and restarts.
     */
    public static Map<String, Object> lifecycle(LifecycleStatusUseCase.Status status, boolean withHistory,
            boolean withErrors) {
        Document document = Document.with("current", status.self().map(self -> record(self.id(), self.lifecycle(),
                withErrors)));
        if (withHistory) {
            document.put("history", status.history().stream().map(entry -> record(entry.instance(), entry.record(),
                    withErrors)).toList());
        }
        return document.put("instances", status.instances().stream().map(ServerDocuments::instance).toList())
                .put("restarts", status.restarts().stream().map(ServerDocuments::restart).toList())
                .map();
    }

    private static Map<String, Object> record(InstanceId instance, LifecycleRecord record, boolean withErrors) {
        Document row = Document.with("instance_id", instance.value())
                .put("phase", record.phase().wire())
                .put("progress", record.phase().progressPercent())
                .put("entered_at", record.enteredAt().toString())
                .put("restarts", record.restarts());
        if (withErrors) {
            row.put("last_error", record.lastError());
            row.put("failed_in", record.failedIn().map(LifecyclePhase::wire));
        }
        return row.map();
    }

    private static Map<String, Object> instance(InstanceStatus status) {
        ServerInstance instance = status.instance();
        return Document.with("instance_id", instance.id().value())
                .put("state", status.state().wire())
                .put("pid", instance.pid())
                .put("host", instance.host())
                .put("started_at", instance.startedAt().toString())
                .put("heartbeat_at", instance.heartbeatAt().toString())
                .put("phase", instance.lifecycle().phase().wire())
                .put("recovered_by", instance.recoveredBy().map(InstanceId::value))
                .map();
    }

    private static Map<String, Object> restart(RestartRecord restart) {
        return Document.with("instance_id", restart.instance().value())
                .put("kind", restart.kind().wire())
                .put("reason", restart.reason().map(RestartReason::wire))
                .put("began_at", restart.began().toString())
                .put("duration_ms", restart.took().toMillis())
                .put("succeeded", restart.succeeded())
                .put("error", restart.error())
                .put("phases", phases(restart.phases()))
                .put("recovered", restart.recovered().stream().map(InstanceId::value).toList())
                .map();
    }

    private static List<Map<String, Object>> phases(List<PhaseTiming> phases) {
        return phases.stream().map(timing -> Document.with("phase", timing.phase().wire())
                .put("duration_ms", timing.took().toMillis()).map()).toList();
    }

    public static Map<String, Object> restart(RestartServerUseCase.Report report, RestartReason reason) {
        return Document.with("success", report.success())
                .put("phases", phases(report.phases()))
                .put("total_ms", report.total().toMillis())
                .put("reason", reason.wire())
                .put("error", report.error())
                .map();
    }

    /** Whether a shutdown now would interrupt anything, what, and each check that was asked for. */
    public static Map<String, Object> shutdownReadiness(ShutdownReadinessUseCase.Readiness readiness) {
        Document checks = Document.with("active_tasks", readiness.activeTasks().map(active -> Document
                .with("in_progress", active.inProgress()).put("tasks", Rows.compact(active.tasks())).map()))
                .put("database", readiness.database().map(database -> database.stream().map(check -> Document
                        .with("name", check.name()).put("ok", check.ok()).put("figure", check.figure()).map()).toList()))
                .put("client_connections", readiness.connections().map(connections -> Document
                        .with("transport", connections.transport())
                        .put("connected_clients", connections.connectedClients())
                        .put("other_calls_in_flight", connections.otherCallsInFlight()).map()));
        return Document.with("ready_for_shutdown", readiness.ready())
                .put("blocking_issues", readiness.blocking())
                .put("checks", checks.map())
                .map();
    }

    public static Map<String, Object> maintenance(MaintenanceReport report) {
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

package dev.taskorchestrator.wire;

import dev.taskorchestrator.application.port.in.HealthCheckUseCase;
import dev.taskorchestrator.application.port.in.LifecycleStatusUseCase;
import dev.taskorchestrator.application.port.in.RestartServerUseCase;
import dev.taskorchestrator.application.port.in.ShutdownReadinessUseCase;
import dev.taskorchestrator.domain.reboot.LifecycleRecord;
import dev.taskorchestrator.domain.reboot.RestartRecord;
import java.util.stream.Collectors;

/** The short plain-text renderings of the server's own use cases' results. */
public final class ServerTexts {

    private ServerTexts() {
    }

    /** Healthy or not, then one line per listed check. */
    public static String health(HealthCheckUseCase.HealthReport report) {
        return (report.healthy() ? "Healthy." : "Unhealthy: " + String.join(", ", report.failed()) + ".")
                + "\n" + report.listed().stream().map(check -> (check.ok() ? "ok   " : "FAIL ") + check.name() + ": "
                        + check.figure() + (check.detail().isEmpty() ? "" : " (" + check.detail() + ")"))
                        .collect(Collectors.joining("\n"));
    }

    /** This server's phase (when this process runs one), the instances of the store, and the history when asked. */
    public static String lifecycle(LifecycleStatusUseCase.Status status, boolean withHistory, boolean withErrors) {
        String current = status.self().map(self -> {
            LifecycleRecord record = self.lifecycle();
            return "Phase " + record.phase().wire() + " (" + record.phase().progressPercent() + "%) since "
                    + record.enteredAt() + "; " + record.restarts() + " restart(s)."
                    + (withErrors ? record.lastError().map(error -> "\nLast error: " + error).orElse("") : "") + "\n";
        }).orElse("");
        return current + "Instances:\n" + status.instances().stream().map(instance -> "- "
                + instance.instance().describe() + " " + instance.state().wire()).collect(Collectors.joining("\n"))
                + (status.restarts().isEmpty() ? "" : "\nStarts and restarts:\n" + status.restarts().stream()
                        .map(ServerTexts::restart).collect(Collectors.joining("\n")))
                + (withHistory ? "\nHistory:\n" + status.history().stream().map(entry -> "- " + entry.record().enteredAt()
                        + " " + entry.instance() + " " + entry.record().phase().wire()).collect(Collectors.joining("\n"))
                        : "");
    }

    /** {@code - 2026-…Z restart of srv_… (configuration_update) 120 ms: succeeded}. */
    private static String restart(RestartRecord restart) {
        return "- " + restart.began() + " " + restart.kind().wire() + " of " + restart.instance()
                + restart.reason().map(reason -> " (" + reason.wire() + ")").orElse("") + " "
                + restart.took().toMillis() + " ms: " + (restart.succeeded() ? "succeeded" : "failed")
                + restart.error().map(error -> ", " + error).orElse("")
                + (restart.recovered().isEmpty() ? "" : "; recovered " + restart.recovered());
    }

    public static String restart(RestartServerUseCase.Report report) {
        return (report.success() ? "Restarted" : "Restart failed") + " in " + report.total().toMillis() + " ms:\n"
                + report.phases().stream().map(p -> "- " + p.phase().wire() + " " + p.took().toMillis() + " ms")
                        .collect(Collectors.joining("\n"))
                + report.error().map(error -> "\n" + error).orElse("");
    }

    public static String shutdownReadiness(ShutdownReadinessUseCase.Readiness readiness) {
        return readiness.ready() ? "Ready for shutdown: nothing would be interrupted."
                : "Not ready for shutdown:\n- " + String.join("\n- ", readiness.blocking());
    }
}

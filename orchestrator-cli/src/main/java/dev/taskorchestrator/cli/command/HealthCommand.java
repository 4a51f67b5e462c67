package dev.taskorchestrator.cli.command;

import dev.taskorchestrator.application.port.in.HealthCheckUseCase;
import dev.taskorchestrator.wire.ServerDocuments;
import dev.taskorchestrator.wire.ServerTexts;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** The store's health and the servers running on it, measured. */
@Command(name = "health", mixinStandardHelpOptions = true,
        description = {"Runs the health checks and prints each with the figure it measured: the database's round trip, "
                + "schema and integrity, free disk, heap, the servers live on this workspace's store, and claims whose "
                + "lease expired.",
            "Exits 0 when healthy and 3 when a check failed, so that a script or a probe can act on it."},
        footerHeading = "%nExamples:%n", footer = {"  orchestrator health", "  orchestrator health --json | jq .instances"})
public final class HealthCommand implements Callable<Integer> {

    /** A health check that ran and found something wrong: not an error in what was asked. */
    static final int UNHEALTHY = 3;

    private final HealthCheckUseCase healthCheck;
    private final Console console;

    @Spec
    private CommandSpec spec;

    @Option(names = "--no-database", description = "Leave the database, schema and integrity checks out of the list.")
    private boolean noDatabase;

    @Option(names = "--no-readiness", description = "Leave the lifecycle, instances and expired-claims checks out.")
    private boolean noReadiness;

    public HealthCommand(HealthCheckUseCase healthCheck, Console console) {
        this.healthCheck = healthCheck;
        this.console = console;
    }

    @Override
    public Integer call() {
        var report = healthCheck.check(new HealthCheckUseCase.Query(!noDatabase, !noReadiness));
        console.show(spec, ServerDocuments.health(report), ServerTexts.health(report));
        return report.healthy() ? 0 : UNHEALTHY;
    }
}

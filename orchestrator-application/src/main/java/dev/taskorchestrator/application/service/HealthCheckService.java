package dev.taskorchestrator.application.service;

import dev.taskorchestrator.application.port.in.HealthCheckUseCase;
import dev.taskorchestrator.application.port.in.LifecycleStatusUseCase.InstanceStatus;
import dev.taskorchestrator.domain.reboot.InstanceState;
import java.util.ArrayList;
import java.util.List;

final class HealthCheckService implements HealthCheckUseCase {

    private final HealthChecks checks;

    HealthCheckService(HealthChecks checks) {
        this.checks = checks;
    }

    @Override
    public HealthReport check(Query query) {
        List<Check> all = new ArrayList<>();
        Check roundTrip = checks.roundTrip();
        all.add(roundTrip);
        if (!roundTrip.ok()) {
            // A store that does not answer makes every other figure meaningless.
            return new HealthReport(all, all, List.of());
        }
        all.add(checks.schema());
        all.add(checks.integrity());
        all.addAll(checks.host());
        checks.lifecycle().ifPresent(all::add);
        List<InstanceStatus> instances = checks.instances();
        all.add(HealthChecks.instances(instances));
        all.add(checks.expiredClaims());
        List<Check> listed = all.stream().filter(check -> query.lists(check.kind())).toList();
        return new HealthReport(all, listed, instances.stream().filter(status -> status.state() == InstanceState.LIVE)
                .toList());
    }
}

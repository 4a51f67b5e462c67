package dev.taskorchestrator.application.port.in;

import java.util.List;
import java.util.Objects;

/** Real checks with measured figures: the store, its integrity, the disk, the memory, the lifecycle. */
public interface HealthCheckUseCase {

    HealthReport check();

    /**
     * One check: whether it passed, the figure it measured (as text, with its unit) and, when it
     * failed or has something to say, why.
     */
    record Check(String name, boolean ok, String figure, String detail) {
        public Check {
            Objects.requireNonNull(name, "name");
            Objects.requireNonNull(figure, "figure");
            Objects.requireNonNull(detail, "detail");
        }
    }

    /** Healthy when every check passed; {@link #failed()} names those that did not. */
    record HealthReport(List<Check> checks) {
        public HealthReport {
            checks = List.copyOf(checks);
        }

        public boolean healthy() {
            return checks.stream().allMatch(Check::ok);
        }

        public List<String> failed() {
            return checks.stream().filter(check -> !check.ok()).map(Check::name).toList();
        }
    }
}

package dev.taskorchestrator.application.port.in;

import dev.taskorchestrator.domain.common.WireValue;
import dev.taskorchestrator.domain.common.WireValues;
import java.util.List;
import java.util.Objects;

/**
 * Real checks with measured figures: the store, its integrity, the disk, the memory, this server's
 * lifecycle and the other servers on the store. Healthy is judged on every check, whichever are listed.
 */
public interface HealthCheckUseCase {

    HealthReport check(Query query);

    /** The groups of checks a caller may leave out of the listing (never out of the judgement). */
    enum Group { DATABASE, HOST, READINESS }

    /** What a check measures. */
    enum Kind implements WireValue {
        DATABASE(Group.DATABASE), SCHEMA(Group.DATABASE), INTEGRITY(Group.DATABASE),
        DISK(Group.HOST), MEMORY(Group.HOST), UPTIME(Group.HOST),
        LIFECYCLE(Group.READINESS), INSTANCES(Group.READINESS), EXPIRED_CLAIMS(Group.READINESS);

        private final Group group;

        Kind(Group group) {
            this.group = group;
        }

        public Group group() {
            return group;
        }

        @Override
        public String wire() {
            return WireValues.wireOf(this);
        }
    }

    /** @param databaseChecks list the database, schema and integrity checks; @param readinessChecks likewise the lifecycle's */
    record Query(boolean databaseChecks, boolean readinessChecks) {
        public static final Query ALL = new Query(true, true);

        public boolean lists(Kind kind) {
            return switch (kind.group()) {
                case DATABASE -> databaseChecks;
                case READINESS -> readinessChecks;
                case HOST -> true;
            };
        }
    }

    /**
     * One check: whether it passed, the figure it measured (as text, with its unit) and, when it
     * failed or has something to say, why.
     */
    record Check(Kind kind, boolean ok, String figure, String detail) {
        public Check {
            Objects.requireNonNull(kind, "kind");
            Objects.requireNonNull(figure, "figure");
            Objects.requireNonNull(detail, "detail");
        }

        public String name() {
            return kind.wire();
        }
    }

    /**
     * Healthy when every check passed; {@link #failed()} names those that did not. {@code listed}
     * are the checks the query asked to see, {@code liveInstances} the servers running on the store.
     */
    record HealthReport(List<Check> checks, List<Check> listed, List<LifecycleStatusUseCase.InstanceStatus> liveInstances) {
        public HealthReport {
            checks = List.copyOf(checks);
            listed = List.copyOf(listed);
            liveInstances = List.copyOf(liveInstances);
        }

        public boolean healthy() {
            return checks.stream().allMatch(Check::ok);
        }

        public List<String> failed() {
            return checks.stream().filter(check -> !check.ok()).map(Check::name).toList();
        }
    }
}

package dev.taskorchestrator.application.service;

import dev.taskorchestrator.application.port.in.HealthCheckUseCase;
import dev.taskorchestrator.application.port.out.HostProbe;
import dev.taskorchestrator.application.port.out.LifecycleStore;
import dev.taskorchestrator.application.port.out.StoreHealth;
import dev.taskorchestrator.application.port.out.TaskRepository;
import dev.taskorchestrator.application.port.out.UnitOfWork;
import dev.taskorchestrator.domain.common.OrchestratorException;
import dev.taskorchestrator.domain.reboot.LifecyclePhase;
import dev.taskorchestrator.domain.reboot.LifecycleRecord;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

final class HealthCheckService implements HealthCheckUseCase {

    /** Below this much free disk, the next writes (and the WAL) may fail. */
    static final long MIN_FREE_DISK = 100L * 1024 * 1024;
    /** Above this share of the heap in use, the process is close to running out of memory. */
    static final double MAX_HEAP_SHARE = 0.9;
    /** Expired claims counted, at most: a figure, not a scan of the whole store. */
    static final int EXPIRED_COUNTED = 1_000;

    private final StoreHealth storeHealth;
    private final Optional<HostProbe> host;
    private final LifecycleStore lifecycle;
    private final TaskRepository tasks;
    private final UnitOfWork unitOfWork;
    private final Clock clock;

    HealthCheckService(StoreHealth storeHealth, Optional<HostProbe> host, LifecycleStore lifecycle, TaskRepository tasks,
            UnitOfWork unitOfWork, Clock clock) {
        this.storeHealth = storeHealth;
        this.host = host;
        this.lifecycle = lifecycle;
        this.tasks = tasks;
        this.unitOfWork = unitOfWork;
        this.clock = clock;
    }

    @Override
    public HealthReport check() {
        List<Check> checks = new ArrayList<>();
        Instant before = clock.instant();
        Optional<LifecycleRecord> record;
        try {
            record = unitOfWork.inReadTransaction(lifecycle::current);
        } catch (OrchestratorException unreachable) {
            checks.add(new Check("database", false, "-", unreachable.getMessage()));
            return new HealthReport(checks);
        }
        Duration roundTrip = Duration.between(before, clock.instant());
        checks.add(new Check("database", true, String.format(Locale.ROOT, "%.2f ms", roundTrip.toNanos() / 1e6),
                "a read transaction's round trip"));
        checks.add(new Check("schema", true, "version " + storeHealth.schemaVersion(), ""));
        checks.add(integrity());
        host.ifPresent(probe -> checks.addAll(hostChecks(probe)));
        LifecyclePhase phase = record.map(LifecycleRecord::phase).orElse(LifecyclePhase.STOPPED);
        checks.add(new Check("lifecycle", phase == LifecyclePhase.RUNNING, phase.wire(),
                record.flatMap(LifecycleRecord::lastError).orElse(phase == LifecyclePhase.RUNNING ? ""
                        : "the server is not running: writes are refused")));
        checks.add(expiredClaims());
        return new HealthReport(checks);
    }

    /** A store that cannot even be checked fails the check, rather than the health check. */
    private Check integrity() {
        try {
            String integrity = storeHealth.quickCheck();
            return new Check("integrity", "ok".equals(integrity), integrity, "");
        } catch (OrchestratorException failed) {
            return new Check("integrity", false, "-", failed.getMessage());
        }
    }

    private Check expiredClaims() {
        try {
            int expired = unitOfWork.inReadTransaction(() -> tasks.findExpiredClaims(clock.instant(), EXPIRED_COUNTED))
                    .size();
            return new Check("expired_claims", true, String.valueOf(expired),
                    expired == 0 ? "" : "they go back to pending on the next next_task call or start");
        } catch (OrchestratorException failed) {
            return new Check("expired_claims", false, "-", failed.getMessage());
        }
    }

    private static List<Check> hostChecks(HostProbe host) {
        long free = host.freeDiskBytes();
        if (free < 0) {
            return List.of(new Check("disk", true, "unknown", "the workspace's disk could not be read"),
                    memory(host), new Check("uptime", true, host.uptime().toSeconds() + " s", ""));
        }
        return List.of(
                new Check("disk", free >= MIN_FREE_DISK, mebibytes(free) + " free",
                        free >= MIN_FREE_DISK ? "" : "less than " + mebibytes(MIN_FREE_DISK) + " free in the workspace"),
                memory(host), new Check("uptime", true, host.uptime().toSeconds() + " s", ""));
    }

    private static Check memory(HostProbe host) {
        double share = host.heapMaxBytes() <= 0 ? 0 : (double) host.heapUsedBytes() / host.heapMaxBytes();
        return new Check("memory", share < MAX_HEAP_SHARE, mebibytes(host.heapUsedBytes()) + " of "
                + mebibytes(host.heapMaxBytes()) + String.format(Locale.ROOT, " (%.0f%%)", share * 100),
                share < MAX_HEAP_SHARE ? "" : "the heap is nearly full");
    }

    private static String mebibytes(long bytes) {
        return String.format(Locale.ROOT, "%,d MiB", bytes / (1024 * 1024));
    }
}

package dev.taskorchestrator.application.service;

import dev.taskorchestrator.application.port.in.HealthCheckUseCase.Check;
import dev.taskorchestrator.application.port.in.HealthCheckUseCase.Kind;
import dev.taskorchestrator.application.port.in.LifecycleStatusUseCase.InstanceStatus;
import dev.taskorchestrator.application.port.out.HostProbe;
import dev.taskorchestrator.application.port.out.LifecycleStore;
import dev.taskorchestrator.application.port.out.StoreHealth;
import dev.taskorchestrator.application.port.out.TaskRepository;
import dev.taskorchestrator.application.port.out.UnitOfWork;
import dev.taskorchestrator.domain.common.OrchestratorException;
import dev.taskorchestrator.domain.reboot.InstanceState;
import dev.taskorchestrator.domain.reboot.LifecyclePhase;
import dev.taskorchestrator.domain.reboot.LifecycleRecord;
import dev.taskorchestrator.domain.reboot.ServerInstance;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;

/** Each check of the health check, measured; the shutdown check asks for the database's two. */
final class HealthChecks {

    /** Below this much free disk, the next writes (and the WAL) may fail. */
    static final long MIN_FREE_DISK = 100L * 1024 * 1024;
    /** Above this share of the heap in use, the process is close to running out of memory. */
    static final double MAX_HEAP_SHARE = 0.9;
    /** Expired claims counted, at most: a figure, not a scan of the whole store. */
    static final int EXPIRED_COUNTED = 1_000;
    /** Instances examined for the live ones. */
    static final int INSTANCES_EXAMINED = 100;

    private final StoreHealth storeHealth;
    private final Optional<HostProbe> host;
    private final ThisServer server;
    private final LifecycleStore lifecycle;
    private final TaskRepository tasks;
    private final UnitOfWork unitOfWork;
    private final Clock clock;

    HealthChecks(StoreHealth storeHealth, Optional<HostProbe> host, ThisServer server, LifecycleStore lifecycle,
            TaskRepository tasks, UnitOfWork unitOfWork, Clock clock) {
        this.storeHealth = storeHealth;
        this.host = host;
        this.server = server;
        this.lifecycle = lifecycle;
        this.tasks = tasks;
        this.unitOfWork = unitOfWork;
        this.clock = clock;
    }

    /** A read transaction's round trip; a store that cannot be reached fails it with the reason. */
    Check roundTrip() {
        Instant before = clock.instant();
        try {
            unitOfWork.inReadTransaction(() -> lifecycle.instances(1));
        } catch (OrchestratorException unreachable) {
            return new Check(Kind.DATABASE, false, "-", unreachable.getMessage());
        }
        Duration roundTrip = Duration.between(before, clock.instant());
        return new Check(Kind.DATABASE, true, String.format(Locale.ROOT, "%.2f ms", roundTrip.toNanos() / 1e6),
                "a read transaction's round trip");
    }

    Check schema() {
        return new Check(Kind.SCHEMA, true, "version " + storeHealth.schemaVersion(), "");
    }

    /** A store that cannot even be checked fails the check, rather than the health check. */
    Check integrity() {
        try {
            String integrity = storeHealth.quickCheck();
            return new Check(Kind.INTEGRITY, "ok".equals(integrity), integrity, "");
        } catch (OrchestratorException failed) {
            return new Check(Kind.INTEGRITY, false, "-", failed.getMessage());
        }
    }

    /** What a shutdown would need: the store answers and is sound. */
    List<Check> database() {
        Check roundTrip = roundTrip();
        return roundTrip.ok() ? List.of(roundTrip, integrity()) : List.of(roundTrip);
    }

    List<Check> host() {
        if (host.isEmpty()) {
            return List.of();
        }
        HostProbe probe = host.get();
        Check uptime = new Check(Kind.UPTIME, true, probe.uptime().toSeconds() + " s", "");
        long free = probe.freeDiskBytes();
        Check disk = free < 0 ? new Check(Kind.DISK, true, "unknown", "the workspace's disk could not be read")
                : new Check(Kind.DISK, free >= MIN_FREE_DISK, mebibytes(free) + " free",
                        free >= MIN_FREE_DISK ? "" : "less than " + mebibytes(MIN_FREE_DISK) + " free in the workspace");
        return List.of(disk, memory(probe), uptime);
    }

    private static Check memory(HostProbe host) {
        double share = host.heapMaxBytes() <= 0 ? 0 : (double) host.heapUsedBytes() / host.heapMaxBytes();
        return new Check(Kind.MEMORY, share < MAX_HEAP_SHARE, mebibytes(host.heapUsedBytes()) + " of "
                + mebibytes(host.heapMaxBytes()) + String.format(Locale.ROOT, " (%.0f%%)", share * 100),
                share < MAX_HEAP_SHARE ? "" : "the heap is nearly full");
    }

    /** This process's server, if it runs one: healthy only while running; its last error says what it recovered. */
    Optional<Check> lifecycle() {
        return server.id().map(id -> {
            LifecycleRecord record = unitOfWork.inReadTransaction(server::current).lifecycle();
            LifecyclePhase phase = record.phase();
            return new Check(Kind.LIFECYCLE, phase == LifecyclePhase.RUNNING, phase.wire(), record.lastError()
                    .orElse(phase == LifecyclePhase.RUNNING ? "" : "the server is not running: writes are refused"));
        });
    }

    /** Every instance of the store with its state now. */
    List<InstanceStatus> instances() {
        return unitOfWork.inReadTransaction(() -> server.instances(clock.instant(), INSTANCES_EXAMINED));
    }

    /** The servers on the store: live ones are listed; a dead one awaits the next start to recover it. */
    static Check instances(List<InstanceStatus> all) {
        List<ServerInstance> live = only(all, InstanceState.LIVE);
        List<ServerInstance> dead = only(all, InstanceState.DEAD);
        String detail = live.stream().map(ServerInstance::describe).collect(Collectors.joining(", "))
                + (dead.isEmpty() ? "" : (live.isEmpty() ? "" : "; ") + dead.size()
                        + " dead without a clean stop, recovered at the next start");
        return new Check(Kind.INSTANCES, true, live.size() + " live", detail);
    }

    static List<ServerInstance> only(List<InstanceStatus> all, InstanceState state) {
        return all.stream().filter(status -> status.state() == state).map(InstanceStatus::instance).toList();
    }

    Check expiredClaims() {
        try {
            int expired = unitOfWork.inReadTransaction(() -> tasks.findExpiredClaims(clock.instant(), EXPIRED_COUNTED))
                    .size();
            return new Check(Kind.EXPIRED_CLAIMS, true, String.valueOf(expired),
                    expired == 0 ? "" : "they go back to pending on the next next_task call or start");
        } catch (OrchestratorException failed) {
            return new Check(Kind.EXPIRED_CLAIMS, false, "-", failed.getMessage());
        }
    }

    private static String mebibytes(long bytes) {
        return String.format(Locale.ROOT, "%,d MiB", bytes / (1024 * 1024));
    }
}

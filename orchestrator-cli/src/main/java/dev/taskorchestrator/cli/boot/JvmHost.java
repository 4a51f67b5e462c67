package dev.taskorchestrator.cli.boot;

import dev.taskorchestrator.application.port.out.HostProbe;
import dev.taskorchestrator.domain.reboot.ProcessState;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.net.InetAddress;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/** This JVM, its machine and the disk the workspace is on, as the health check and the lifecycle read them. */
final class JvmHost implements HostProbe {

    /**
     * A process start read from the system may be late by up to a second (boot time has whole
     * seconds); a process with the id of a dead instance that started well after it registered is another one.
     */
    private static final Duration START_SLACK = Duration.ofSeconds(10);
    private static final Path KERNEL_HOSTNAME = Path.of("/proc/sys/kernel/hostname");

    private final Path workspace;
    /** Read on first use: most commands never need it, and off Linux it is a name lookup. */
    private volatile String hostName;

    JvmHost(Path workspace) {
        this.workspace = workspace;
    }

    /** The kernel's name for the machine, read without a name lookup (which may wait on DNS). */
    private static String readHostName() {
        try {
            if (Files.isReadable(KERNEL_HOSTNAME)) {
                return Files.readString(KERNEL_HOSTNAME).strip();
            }
            return InetAddress.getLocalHost().getHostName();
        } catch (IOException unknown) {
            return "localhost";
        }
    }

    @Override
    public long freeDiskBytes() {
        try {
            return Files.getFileStore(workspace).getUsableSpace();
        } catch (IOException unreadable) {
            return -1;
        }
    }

    @Override
    public long heapUsedBytes() {
        Runtime runtime = Runtime.getRuntime();
        return runtime.totalMemory() - runtime.freeMemory();
    }

    @Override
    public long heapMaxBytes() {
        return Runtime.getRuntime().maxMemory();
    }

    @Override
    public Duration uptime() {
        return Duration.ofMillis(ManagementFactory.getRuntimeMXBean().getUptime());
    }

    @Override
    public long processId() {
        return ProcessHandle.current().pid();
    }

    @Override
    public String hostName() {
        String known = hostName;
        if (known == null) {
            known = readHostName();
            hostName = known;
        }
        return known;
    }

    @Override
    public ProcessState processState(String host, long pid, Instant registeredAt) {
        if (!hostName().equals(host)) {
            return ProcessState.UNKNOWN;
        }
        Optional<ProcessHandle> process = ProcessHandle.of(pid).filter(ProcessHandle::isAlive);
        if (process.isEmpty()) {
            return ProcessState.GONE;
        }
        boolean reused = process.get().info().startInstant()
                .filter(started -> started.isAfter(registeredAt.plus(START_SLACK))).isPresent();
        return reused ? ProcessState.GONE : ProcessState.ALIVE;
    }
}

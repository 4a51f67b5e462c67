package dev.taskorchestrator.application.port.out;

import dev.taskorchestrator.domain.reboot.ProcessState;
import java.time.Duration;
import java.time.Instant;

/** Facts about the process and its machine, read by an adapter (the core reads no system state). */
public interface HostProbe {

    /** Free space on the disk the workspace is on, in bytes; negative when it cannot be read. */
    long freeDiskBytes();

    long heapUsedBytes();

    long heapMaxBytes();

    /** How long this process has been running. */
    Duration uptime();

    /** This process's id. */
    long processId();

    /** This machine's name, as the instances it runs are registered under. */
    String hostName();

    /**
     * Whether process {@code pid} of {@code host}, registered at {@code registeredAt}, still runs.
     * Only this machine's processes can be told; for another host the answer is UNKNOWN.
     */
    ProcessState processState(String host, long pid, Instant registeredAt);
}

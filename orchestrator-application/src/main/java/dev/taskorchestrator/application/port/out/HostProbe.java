package dev.taskorchestrator.application.port.out;

import java.time.Duration;

/** Facts about the process and its machine, read by an adapter (the core reads no system state). */
public interface HostProbe {

    /** Free space on the disk the workspace is on, in bytes; negative when it cannot be read. */
    long freeDiskBytes();

    long heapUsedBytes();

    long heapMaxBytes();

    /** How long this process has been running. */
    Duration uptime();
}

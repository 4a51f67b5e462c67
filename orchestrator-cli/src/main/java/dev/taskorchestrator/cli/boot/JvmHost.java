package dev.taskorchestrator.cli.boot;

import dev.taskorchestrator.application.port.out.HostProbe;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;

/** This JVM and the disk the workspace is on, as the health check measures them. */
final class JvmHost implements HostProbe {

    private final Path workspace;

    JvmHost(Path workspace) {
        this.workspace = workspace;
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
}

package dev.taskorchestrator.application.service.planted;

/** Planted violation: a use case that times itself with the JVM's monotonic clock instead of the injected one. */
public class ServiceTimingItself {
    public long elapsedSince(long start) {
        return System.nanoTime() - start;
    }
}

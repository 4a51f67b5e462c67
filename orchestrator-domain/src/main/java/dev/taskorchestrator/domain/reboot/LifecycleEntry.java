package dev.taskorchestrator.domain.reboot;

import java.util.Objects;

/** One record of an instance's lifecycle history. */
public record LifecycleEntry(InstanceId instance, LifecycleRecord record) {

    public LifecycleEntry {
        Objects.requireNonNull(instance, "instance");
        Objects.requireNonNull(record, "record");
    }
}

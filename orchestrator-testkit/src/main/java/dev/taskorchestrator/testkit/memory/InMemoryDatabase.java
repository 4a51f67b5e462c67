package dev.taskorchestrator.testkit.memory;

import dev.taskorchestrator.application.port.out.RequestLog;
import dev.taskorchestrator.domain.artifact.Artifact;
import dev.taskorchestrator.domain.artifact.ArtifactId;
import dev.taskorchestrator.domain.reboot.InstanceId;
import dev.taskorchestrator.domain.reboot.LifecycleEntry;
import dev.taskorchestrator.domain.reboot.RestartRecord;
import dev.taskorchestrator.domain.reboot.ServerInstance;
import dev.taskorchestrator.domain.session.Session;
import dev.taskorchestrator.domain.session.SessionId;
import dev.taskorchestrator.domain.task.Task;
import dev.taskorchestrator.domain.task.TaskEvent;
import dev.taskorchestrator.domain.task.TaskId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Supplier;

/**
 * The state behind every in-memory adapter. One lock serialises transactions, which makes claims
 * atomic across threads; a transaction snapshots the state when it begins and restores it if the
 * work fails, so the fakes honour rollback just as a database does. Values are immutable, so a
 * shallow copy is a full snapshot.
 */
public final class InMemoryDatabase {

    private final ReentrantLock lock = new ReentrantLock();

    TreeMap<TaskId, Task> tasks = new TreeMap<>();
    LinkedHashMap<SessionId, Session> sessions = new LinkedHashMap<>();
    LinkedHashMap<ArtifactId, Artifact> artifacts = new LinkedHashMap<>();
    ArrayList<TaskEvent> events = new ArrayList<>();
    LinkedHashMap<InstanceId, ServerInstance> instances = new LinkedHashMap<>();
    ArrayList<LifecycleEntry> lifecycle = new ArrayList<>();
    ArrayList<RestartRecord> restarts = new ArrayList<>();
    LinkedHashMap<RequestLog.Key, RequestLog.Recorded> requests = new LinkedHashMap<>();

    /** Runs {@code work} atomically; a call inside a running transaction joins it. */
    public <T> T transaction(Supplier<T> work) {
        lock.lock();
        try {
            if (lock.getHoldCount() > 1) {
                return work.get();
            }
            Snapshot before = snapshot();
            try {
                return work.get();
            } catch (RuntimeException | Error failure) {
                restore(before);
                throw failure;
            }
        } finally {
            lock.unlock();
        }
    }

    /** Reads or writes under the lock, joining a running transaction if there is one. */
    <T> T locked(Supplier<T> work) {
        return transaction(work);
    }

    /** Everything stored at one moment; {@link #restore} puts it back. */
    public record Snapshot(TreeMap<TaskId, Task> tasks, LinkedHashMap<SessionId, Session> sessions,
            LinkedHashMap<ArtifactId, Artifact> artifacts, ArrayList<TaskEvent> events,
            LinkedHashMap<InstanceId, ServerInstance> instances, ArrayList<LifecycleEntry> lifecycle,
            ArrayList<RestartRecord> restarts, LinkedHashMap<RequestLog.Key, RequestLog.Recorded> requests) {
    }

    public Snapshot snapshot() {
        return locked(() -> new Snapshot(new TreeMap<>(tasks), new LinkedHashMap<>(sessions),
                new LinkedHashMap<>(artifacts), new ArrayList<>(events), new LinkedHashMap<>(instances),
                new ArrayList<>(lifecycle), new ArrayList<>(restarts), new LinkedHashMap<>(requests)));
    }

    /** Puts back everything as it was at {@code snapshot}: for running two callers on the very same state. */
    public void restore(Snapshot snapshot) {
        locked(() -> {
            tasks = new TreeMap<>(snapshot.tasks());
            sessions = new LinkedHashMap<>(snapshot.sessions());
            artifacts = new LinkedHashMap<>(snapshot.artifacts());
            events = new ArrayList<>(snapshot.events());
            instances = new LinkedHashMap<>(snapshot.instances());
            lifecycle = new ArrayList<>(snapshot.lifecycle());
            restarts = new ArrayList<>(snapshot.restarts());
            requests = new LinkedHashMap<>(snapshot.requests());
            return null;
        });
    }

    /** Everything stored, for before/after comparisons in tests. */
    public Map<String, Object> contents() {
        return locked(() -> Map.of("tasks", List.copyOf(tasks.values()), "sessions", List.copyOf(sessions.values()),
                "artifacts", List.copyOf(artifacts.values()), "events", List.copyOf(events),
                "instances", List.copyOf(instances.values()), "lifecycle", List.copyOf(lifecycle),
                "restarts", List.copyOf(restarts), "requests", List.copyOf(requests.values())));
    }
}

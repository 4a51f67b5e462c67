package dev.taskorchestrator.application.port.out;

import dev.taskorchestrator.domain.reboot.InstanceId;
import dev.taskorchestrator.domain.reboot.LifecycleEntry;
import dev.taskorchestrator.domain.reboot.LifecycleRecord;
import dev.taskorchestrator.domain.reboot.RestartRecord;
import dev.taskorchestrator.domain.reboot.ServerInstance;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * Where the server instances and their lifecycles are kept, so that a restart or a crash of one
 * instance can be recognised by another. Every method joins the current unit of work.
 */
public interface LifecycleStore {

    /** Registers a new instance with its first lifecycle record; an id already registered is a CONFLICT. */
    void register(ServerInstance instance);

    Optional<ServerInstance> find(InstanceId id);

    /** Instances, the most recently started first, at most {@code limit}. */
    List<ServerInstance> instances(int limit);

    /** Makes {@code record} the instance's current lifecycle and appends it to the history. */
    void save(InstanceId id, LifecycleRecord record);

    /**
     * The instance is alive at {@code at}; false, and nothing written, when another start has
     * recovered it meanwhile (it was taken for dead, and must register again).
     */
    boolean heartbeat(InstanceId id, Instant at);

    /**
     * Records that {@code by} recovered the dead instance exactly as {@code seen}: unless it changed
     * since (a heartbeat, a stop) or another start recovered it first. True when this call did, so
     * that no start recovers a server that just proved alive, and two starts never recover one twice.
     */
    boolean markRecovered(ServerInstance seen, InstanceId by, Instant at);

    /** The lifecycle records of every instance, most recent first, at most {@code limit}. */
    List<LifecycleEntry> history(int limit);

    /** The highest restart count any record holds: a new instance counts on from it. */
    int restartsSoFar();

    void addRestart(RestartRecord restart);

    /** Starts and restarts, the most recent first, at most {@code limit}. */
    List<RestartRecord> restarts(int limit);
}

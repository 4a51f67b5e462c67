package dev.taskorchestrator.domain.reboot;

/** What the machine a check runs on can tell of another instance's process. */
public enum ProcessState {
    /** The process runs on this machine. */
    ALIVE,
    /** The process is gone from this machine (or its id now belongs to a later process). */
    GONE,
    /** The process runs on another machine, or nothing could be read: only its heartbeat tells. */
    UNKNOWN
}

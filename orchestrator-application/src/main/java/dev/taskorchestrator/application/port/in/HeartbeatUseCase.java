package dev.taskorchestrator.application.port.in;

import java.util.Optional;

/**
 * Tells the store this process's server still runs, so that no other start takes it for dead. A
 * server that another start took for dead while it lived (a long pause, a network cut) registers
 * again as a new instance: a recovered instance never acts again.
 */
public interface HeartbeatUseCase {

    /** The new start, when this server had to register again; empty when the beat was heard. */
    Optional<StartServerUseCase.StartReport> beat();
}

package dev.taskorchestrator.application.port.in;

/** Tells the store this process's server still runs, so that no other start takes it for dead. */
public interface HeartbeatUseCase {

    void beat();
}

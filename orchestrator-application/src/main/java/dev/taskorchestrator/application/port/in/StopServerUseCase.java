package dev.taskorchestrator.application.port.in;

/** Records this process's clean stop through the shutdown phases; the other instances of the store are untouched. */
public interface StopServerUseCase {

    void stop();
}

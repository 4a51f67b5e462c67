package dev.taskorchestrator.application.port.out.planted;

/** Planted violation: an implementation where only port interfaces belong. */
public class ConcreteRepository {
}

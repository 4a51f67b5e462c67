package dev.taskorchestrator.application.port.in.planted;

/** Planted violation: an inbound port not named for its use case (the buckpal split we avoid). */
public interface LookupPort {
    String lookup(String key);
}

package dev.taskorchestrator.domain.planted;

import java.time.Instant;

/** Planted violation: a domain class that reads the clock itself. */
public class DomainReadingTheClock {
    public Instant now() {
        return Instant.now();
    }
}

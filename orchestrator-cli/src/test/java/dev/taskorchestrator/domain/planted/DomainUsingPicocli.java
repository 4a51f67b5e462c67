package dev.taskorchestrator.domain.planted;

/** Planted violation: a domain class that uses a library. */
public class DomainUsingPicocli {
    public String name() {
        return picocli.CommandLine.class.getSimpleName();
    }
}

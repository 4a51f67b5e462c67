package dev.taskorchestrator.testkit;

import java.util.List;

/**
 * The packages a program built on the orchestrator may use; every other package is internal and
 * may change in any release. Each of these says so in its {@code package-info.java}, and a test of
 * this build holds the two lists together; an embedder's own architecture test can hold its code
 * to this list (the example in {@code examples/embedded} does, with ArchUnit).
 */
public final class PublicApi {

    /** The public packages, by name. */
    public static final List<String> PACKAGES = List.of(
            "dev.taskorchestrator.domain.artifact",
            "dev.taskorchestrator.domain.common",
            "dev.taskorchestrator.domain.reboot",
            "dev.taskorchestrator.domain.role",
            "dev.taskorchestrator.domain.session",
            "dev.taskorchestrator.domain.task",
            "dev.taskorchestrator.domain.template",
            "dev.taskorchestrator.application.port.in",
            "dev.taskorchestrator.application.port.out",
            "dev.taskorchestrator.application.service",
            "dev.taskorchestrator.persistence",
            "dev.taskorchestrator.persistence.ids",
            "dev.taskorchestrator.persistence.templates",
            "dev.taskorchestrator.testkit",
            "dev.taskorchestrator.testkit.contract",
            "dev.taskorchestrator.testkit.fixtures",
            "dev.taskorchestrator.testkit.memory");

    private PublicApi() {
    }
}

package dev.taskorchestrator.application.service;

import dev.taskorchestrator.domain.common.OrchestratorException;
import java.time.Duration;
import java.util.Objects;

/**
 * Tunables of the core.
 *
 * @param leaseDuration how long a claim lasts without a call on its task
 * @param rankingWindow how many ready tasks next-task ranks finely (the store pre-orders them)
 */
public record OrchestratorSettings(Duration leaseDuration, int rankingWindow) {

    public static final Duration DEFAULT_LEASE = Duration.ofMinutes(30);
    /** Wide enough that the best group of equal (open plan, priority) tasks is rarely cut short. */
    public static final int DEFAULT_RANKING_WINDOW = 1_000;

    public OrchestratorSettings {
        Objects.requireNonNull(leaseDuration, "leaseDuration");
        if (leaseDuration.isNegative() || leaseDuration.isZero()) {
            throw OrchestratorException.invalid("lease_duration", "lease_duration must be positive, got " + leaseDuration);
        }
        if (rankingWindow < 1) {
            throw OrchestratorException.invalid("ranking_window", "ranking_window must be at least 1, got " + rankingWindow);
        }
    }

    public static OrchestratorSettings defaults() {
        return new OrchestratorSettings(DEFAULT_LEASE, DEFAULT_RANKING_WINDOW);
    }
}

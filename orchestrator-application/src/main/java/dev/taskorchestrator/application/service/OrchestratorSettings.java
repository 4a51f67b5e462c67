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
    /**
     * How many ready tasks, pre-ordered by (open plan, priority, age), next_task ranks by their
     * chains of dependents. Measured in docs/benchmarks.md: a wider window costs time on every call.
     */
    public static final int DEFAULT_RANKING_WINDOW = 50;

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

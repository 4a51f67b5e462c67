package dev.taskorchestrator.application.service;

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

    public OrchestratorSettings {
        Objects.requireNonNull(leaseDuration, "leaseDuration");
        if (leaseDuration.isNegative() || leaseDuration.isZero()) {
            throw new IllegalArgumentException("leaseDuration must be positive");
        }
        if (rankingWindow < 1) {
            throw new IllegalArgumentException("rankingWindow must be at least 1");
        }
    }

    public static OrchestratorSettings defaults() {
        return new OrchestratorSettings(DEFAULT_LEASE, 200);
    }
}

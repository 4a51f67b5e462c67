package dev.taskorchestrator.application.service;

import dev.taskorchestrator.domain.common.OrchestratorException;
import java.time.Duration;
import java.util.Map;
import java.util.Objects;

/**
 * Tunables of the core.
 *
 * @param leaseDuration how long a claim lasts without a call on its task
 * @param rankingWindow how many ready tasks next-task ranks finely (the store pre-orders them)
 * @param staleAfter how long an open task may go unchanged before maintenance calls it stale, per
 *     specialist role; {@link #DEFAULT_STALE_ROLE} holds the time for every role not listed
 */
public record OrchestratorSettings(Duration leaseDuration, int rankingWindow, Map<String, Duration> staleAfter) {

    public static final Duration DEFAULT_LEASE = Duration.ofMinutes(30);
    /**
     * How many ready tasks, pre-ordered by (open plan, priority, age), next_task ranks by their
     * chains of dependents. Measured in docs/benchmarks.md: a wider window costs time on every call.
     */
    public static final int DEFAULT_RANKING_WINDOW = 50;
    public static final String DEFAULT_STALE_ROLE = "*";
    /** A week without a change, and two for work that is slow by nature: research and analysis. */
    public static final Map<String, Duration> DEFAULT_STALE_AFTER = Map.of(DEFAULT_STALE_ROLE, Duration.ofDays(7),
            "researcher", Duration.ofDays(14), "analyst", Duration.ofDays(14));

    public OrchestratorSettings {
        Objects.requireNonNull(leaseDuration, "leaseDuration");
        if (leaseDuration.isNegative() || leaseDuration.isZero()) {
            throw OrchestratorException.invalid("lease_duration", "lease_duration must be positive, got " + leaseDuration);
        }
        staleAfter = Map.copyOf(staleAfter);
        staleAfter.forEach((role, duration) -> {
            if (duration.isNegative() || duration.isZero()) {
                throw OrchestratorException.invalid("stale_after", "stale_after for '" + role + "' must be positive, got "
                        + duration);
            }
        });
        staleAfter.forEach((role, duration) -> {
            if (duration.isNegative() || duration.isZero()) {
                throw OrchestratorException.invalid("stale_after", "stale_after for '" + role + "' must be positive, got "
                        + duration);
            }
        });
        if (!staleAfter.containsKey(DEFAULT_STALE_ROLE)) {
            throw OrchestratorException.invalid("stale_after", "stale_after needs a time for '" + DEFAULT_STALE_ROLE
                    + "', the roles not listed");
        }
        if (rankingWindow < 1) {
            throw OrchestratorException.invalid("ranking_window", "ranking_window must be at least 1, got " + rankingWindow);
        }
    }

    public static OrchestratorSettings defaults() {
        return new OrchestratorSettings(DEFAULT_LEASE, DEFAULT_RANKING_WINDOW, DEFAULT_STALE_AFTER);
    }

    /** How long an open task of {@code role} may go unchanged before it is stale. */
    public Duration staleAfter(String role) {
        return staleAfter.getOrDefault(role, staleAfter.get(DEFAULT_STALE_ROLE));
    }
}

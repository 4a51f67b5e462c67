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
 * @param heartbeat how often a server tells the store it still runs
 * @param silentAfter how long the heartbeat of a server on another machine may be silent before a
 *     start takes it for dead (a server on the same machine is dead only once its process is gone)
 */
public record OrchestratorSettings(Duration leaseDuration, int rankingWindow, Map<String, Duration> staleAfter,
        Duration heartbeat, Duration silentAfter) {

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
    public static final Duration DEFAULT_HEARTBEAT = Duration.ofSeconds(10);
    /** Six missed heartbeats: a long pause (a laptop's sleep, a stop-the-world collection) is not a death. */
    public static final Duration DEFAULT_SILENT_AFTER = Duration.ofSeconds(60);

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
        if (!staleAfter.containsKey(DEFAULT_STALE_ROLE)) {
            throw OrchestratorException.invalid("stale_after", "stale_after needs a time for '" + DEFAULT_STALE_ROLE
                    + "', the roles not listed");
        }
        Objects.requireNonNull(heartbeat, "heartbeat");
        Objects.requireNonNull(silentAfter, "silentAfter");
        if (heartbeat.isNegative() || heartbeat.isZero() || silentAfter.compareTo(heartbeat) <= 0) {
            throw OrchestratorException.invalid("silent_after", "the heartbeat must be positive and silent_after longer"
                    + " than it, got " + heartbeat + " and " + silentAfter);
        }
        if (rankingWindow < 1) {
            throw OrchestratorException.invalid("ranking_window", "ranking_window must be at least 1, got " + rankingWindow);
        }
    }

    /** The given tunables, with the default heartbeat. */
    public OrchestratorSettings(Duration leaseDuration, int rankingWindow, Map<String, Duration> staleAfter) {
        this(leaseDuration, rankingWindow, staleAfter, DEFAULT_HEARTBEAT, DEFAULT_SILENT_AFTER);
    }

    public static OrchestratorSettings defaults() {
        return new OrchestratorSettings(DEFAULT_LEASE, DEFAULT_RANKING_WINDOW, DEFAULT_STALE_AFTER);
    }

    /** How long an open task of {@code role} may go unchanged before it is stale. */
    public Duration staleAfter(String role) {
        return staleAfter.getOrDefault(role, staleAfter.get(DEFAULT_STALE_ROLE));
    }
}

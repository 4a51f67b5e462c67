package dev.taskorchestrator.persistence.jdbi;

import java.time.Duration;
import java.util.concurrent.ThreadLocalRandom;

/**
 * How often and how patiently a unit of work that lost a race is run again: a bounded number of
 * attempts, each after a pause drawn at random up to an exponentially growing ceiling ("full
 * jitter"), so that writers that collided once do not collide again in step.
 */
public record RetryPolicy(int attempts, Duration firstCeiling, Duration maxCeiling) {

    /** Enough for eight agents on one plan; a unit of work that loses this often is reported busy. */
    public static final RetryPolicy DEFAULT = new RetryPolicy(12, Duration.ofMillis(4), Duration.ofMillis(250));

    public RetryPolicy {
        if (attempts < 1) {
            throw new IllegalArgumentException("attempts must be at least 1, got " + attempts);
        }
        if (firstCeiling.isNegative() || maxCeiling.compareTo(firstCeiling) < 0) {
            throw new IllegalArgumentException("need 0 <= firstCeiling <= maxCeiling, got " + firstCeiling + " and "
                    + maxCeiling);
        }
    }

    /** The pause before attempt {@code next} (2 or more): random in [0, min(max, first * 2^(next - 2))]. */
    Duration pauseBefore(int next) {
        long ceiling = firstCeiling.toNanos() << Math.min(20, Math.max(0, next - 2));
        long bounded = Math.min(maxCeiling.toNanos(), ceiling < 0 ? Long.MAX_VALUE : ceiling);
        return Duration.ofNanos(bounded == 0 ? 0 : ThreadLocalRandom.current().nextLong(bounded + 1));
    }
}

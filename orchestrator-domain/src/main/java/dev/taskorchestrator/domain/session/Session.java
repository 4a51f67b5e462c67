package dev.taskorchestrator.domain.session;

import dev.taskorchestrator.domain.common.Checks;
import dev.taskorchestrator.domain.common.Limits;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * A working session of one workspace. Immutable like {@code Task}: behaviours return the next
 * state.
 */
public record Session(
        SessionId id,
        String name,
        String workspace,
        SessionStatus status,
        Instant createdAt,
        Instant lastActivityAt,
        Optional<Instant> resumedAt) {

    public Session {
        Objects.requireNonNull(id, "id");
        name = Checks.text(name, "name", 1, Limits.SHORT_TEXT_MAX);
        workspace = Checks.text(workspace, "workspace", 1, 4096);
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(createdAt, "createdAt");
        Objects.requireNonNull(lastActivityAt, "lastActivityAt");
        Objects.requireNonNull(resumedAt, "resumedAt");
    }

    /** The workspace as sessions are keyed by it: "/repo" and "/repo/" are one workspace, so they get one session. */
    public static String workspaceKey(String path, String field) {
        String trimmed = Checks.text(path, field, 1, 4096);
        while (trimmed.length() > 1 && (trimmed.endsWith("/") || trimmed.endsWith("\\"))) {
            trimmed = trimmed.substring(0, trimmed.length() - 1);
        }
        return trimmed;
    }

    public static Session start(SessionId id, String name, String workspace, Instant now) {
        return new Session(id, name, workspace, SessionStatus.ACTIVE, now, now, Optional.empty());
    }

    public Session resume(Instant now) {
        SessionStatus target = SessionStatus.ACTIVE;
        if (status != target) {
            status.requireMoveTo(target, id);
        }
        return new Session(id, name, workspace, target, createdAt, now, Optional.of(now));
    }

    /**
     * How finely activity is kept. Every call of every agent in a session marks activity; marking
     * it each time would make all of them write this one row, and wait for each other to do so.
     */
    public static final java.time.Duration ACTIVITY_RESOLUTION = java.time.Duration.ofSeconds(1);

    /** Whether activity at {@code now} is news: the last mark is at least {@link #ACTIVITY_RESOLUTION} old. */
    public boolean activityOutdatedAt(Instant now) {
        return !lastActivityAt.plus(ACTIVITY_RESOLUTION).isAfter(now);
    }

    public Session touch(Instant now) {
        return new Session(id, name, workspace, status, createdAt, now, resumedAt);
    }

    public Session moveTo(SessionStatus target, Instant now) {
        status.requireMoveTo(target, id);
        return new Session(id, name, workspace, target, createdAt, now, resumedAt);
    }

    /** No activity since {@code cutoff}. */
    public boolean idleSince(Instant cutoff) {
        return lastActivityAt.isBefore(cutoff);
    }
}

package dev.taskorchestrator.domain.session;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.taskorchestrator.domain.common.ErrorCode;
import dev.taskorchestrator.domain.common.OrchestratorException;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class SessionTest {

    private static final Instant T0 = Instant.parse("2026-01-05T09:00:00Z");

    private static Session started() {
        return Session.start(new SessionId("session_abcdef"), "demo", "/projects/demo", T0);
    }

    @Test
    void givenAPausedSession_whenResumed_thenActiveWithTheResumeTimeAsActivity() {
        Session paused = started().moveTo(SessionStatus.PAUSED, T0.plusSeconds(1));

        Session resumed = paused.resume(T0.plusSeconds(2));

        assertThat(resumed.status()).isEqualTo(SessionStatus.ACTIVE);
        assertThat(resumed.resumedAt()).contains(T0.plusSeconds(2));
        assertThat(resumed.lastActivityAt()).isEqualTo(T0.plusSeconds(2));
    }

    @Test
    void givenActivityMarkedAMomentAgo_whenAskedAtOnceAndASecondLater_thenOnlyTheLaterIsNews() {
        Session session = started();

        assertThat(session.activityOutdatedAt(T0.plusMillis(999))).isFalse();
        assertThat(session.activityOutdatedAt(T0.plus(Session.ACTIVITY_RESOLUTION))).isTrue();
        assertThat(session.touch(T0.plusSeconds(5)).activityOutdatedAt(T0.plusSeconds(5).plusMillis(10))).isFalse();
    }

    @Test
    void givenAnArchivedSession_whenResumed_thenIllegalState() {
        Session archived = started().moveTo(SessionStatus.ARCHIVED, T0);

        assertThatThrownBy(() -> archived.resume(T0))
                .isInstanceOfSatisfying(OrchestratorException.class, e -> assertThat(e.code()).isEqualTo(ErrorCode.ILLEGAL_STATE));
    }

    @Test
    void givenCleanupRules_whenApplied_thenEachSelectsWhatItSays() {
        Instant cutoff = T0.plus(Duration.ofDays(7));
        Session idle = started();
        Session completed = started().moveTo(SessionStatus.COMPLETED, cutoff.plusSeconds(1));

        assertThat(CleanupType.OLD.selects(idle, 3, cutoff)).isTrue();
        assertThat(CleanupType.ORPHANED.selects(idle, 3, cutoff)).isFalse();
        assertThat(CleanupType.ORPHANED.selects(idle, 0, cutoff)).isTrue();
        assertThat(CleanupType.COMPLETED.selects(completed, 3, cutoff)).isTrue();
        assertThat(CleanupType.COMPLETED.selects(idle, 3, cutoff)).isFalse();
        assertThat(CleanupType.OLD.selects(completed, 3, cutoff)).isFalse();
        assertThat(CleanupType.ALL.selects(completed, 3, cutoff)).isTrue();
    }

    @Test
    void givenATaskIdWhereASessionIdBelongs_whenParsed_thenTheErrorSaysWhichPrefixIsExpected() {
        assertThatThrownBy(() -> SessionId.parse("task_abcdef", "session_id"))
                .isInstanceOfSatisfying(OrchestratorException.class, e -> {
                    assertThat(e.field()).contains("session_id");
                    assertThat(e.getMessage()).contains("expected session_");
                });
    }
}

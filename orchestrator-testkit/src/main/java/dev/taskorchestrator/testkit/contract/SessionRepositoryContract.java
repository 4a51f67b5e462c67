package dev.taskorchestrator.testkit.contract;

import static dev.taskorchestrator.testkit.fixtures.SessionBuilder.aSession;
import static org.assertj.core.api.Assertions.assertThat;

import dev.taskorchestrator.application.port.out.SessionRepository;
import dev.taskorchestrator.domain.session.Session;
import dev.taskorchestrator.domain.session.SessionStatus;
import dev.taskorchestrator.testkit.StorePorts;
import dev.taskorchestrator.testkit.fixtures.MutableClock;
import dev.taskorchestrator.testkit.fixtures.TestIds;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/** What every {@link SessionRepository} must do. */
public abstract class SessionRepositoryContract {

    private static final Instant T0 = MutableClock.START;

    protected abstract StorePorts createStore();

    protected SessionRepository sessions;

    @BeforeEach
    void setUpStore() {
        sessions = createStore().sessions();
    }

    @Nested
    class Saving {
        @Test
        void givenANewSession_whenSaved_thenItReadsBackEqual() {
            Session session = aSession().withName("Ünïcödé").resumedAt(T0.plusSeconds(5)).build();

            sessions.save(session);

            assertThat(sessions.findById(session.id())).contains(session);
        }

        @Test
        void givenAStoredSession_whenSavedChanged_thenTheChangeReplacesIt() {
            Session session = aSession().build();
            sessions.save(session);

            Session paused = session.moveTo(SessionStatus.PAUSED, T0.plusSeconds(60));
            sessions.save(paused);

            assertThat(sessions.findById(session.id())).contains(paused);
        }

        @Test
        void givenNoSession_whenFound_thenEmpty() {
            assertThat(sessions.findById(TestIds.sessionId())).isEmpty();
        }
    }

    @Nested
    class FindingByWorkspace {
        @Test
        void givenSessionsOfAWorkspace_whenTheOpenOneIsFound_thenTheMostRecentlyActiveOpenSession() {
            String workspace = TestIds.workspace();
            Session older = aSession().inWorkspace(workspace).lastActiveAt(T0).build();
            Session paused = aSession().inWorkspace(workspace).withStatus(SessionStatus.PAUSED)
                    .lastActiveAt(T0.plus(Duration.ofHours(1))).build();
            Session completed = aSession().inWorkspace(workspace).withStatus(SessionStatus.COMPLETED)
                    .lastActiveAt(T0.plus(Duration.ofHours(2))).build();
            Session elsewhere = aSession().lastActiveAt(T0.plus(Duration.ofHours(3))).build();
            List.of(older, paused, completed, elsewhere).forEach(sessions::save);

            assertThat(sessions.findOpenByWorkspace(workspace)).contains(paused);
        }

        @Test
        void givenOnlyClosedSessions_whenTheOpenOneIsFound_thenEmpty() {
            String workspace = TestIds.workspace();
            sessions.save(aSession().inWorkspace(workspace).withStatus(SessionStatus.ARCHIVED).build());

            assertThat(sessions.findOpenByWorkspace(workspace)).isEmpty();
        }
    }

    @Nested
    class Listing {
        @Test
        void givenSessions_whenListed_thenMostRecentFirstClosedOnlyWhenAskedAndNoMoreThanTheLimit() {
            Instant far = T0.plus(Duration.ofDays(10_000));
            Session newest = aSession().lastActiveAt(far.plusSeconds(3)).build();
            Session archived = aSession().withStatus(SessionStatus.ARCHIVED).lastActiveAt(far.plusSeconds(2)).build();
            Session middle = aSession().lastActiveAt(far.plusSeconds(1)).build();
            List.of(middle, archived, newest).forEach(sessions::save);

            assertThat(sessions.list(false, 2)).containsExactly(newest, middle);
            assertThat(sessions.list(true, 3)).containsExactly(newest, archived, middle);
        }

        @Test
        void givenSessions_whenCleanupCandidatesAreFound_thenTheLeastRecentlyActiveComeFirstWithoutArchivedOnes() {
            Instant past = T0.minus(Duration.ofDays(100_000));
            Session oldest = aSession().lastActiveAt(past).build();
            Session archived = aSession().withStatus(SessionStatus.ARCHIVED).lastActiveAt(past.plusSeconds(1)).build();
            Session completed = aSession().withStatus(SessionStatus.COMPLETED).lastActiveAt(past.plusSeconds(2)).build();
            List.of(completed, archived, oldest).forEach(sessions::save);

            assertThat(sessions.findCleanupCandidates(2)).containsExactly(oldest, completed);
        }
    }
}

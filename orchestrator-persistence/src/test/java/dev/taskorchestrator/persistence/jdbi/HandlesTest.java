package dev.taskorchestrator.persistence.jdbi;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.taskorchestrator.domain.common.ErrorCode;
import dev.taskorchestrator.domain.common.OrchestratorException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.jdbi.v3.core.Jdbi;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The one place where a unit of work that lost a race is run again, on a real SQLite file. */
class HandlesTest {

    private static final RetryPolicy FOUR_QUICK_ATTEMPTS = new RetryPolicy(4, Duration.ZERO, Duration.ZERO);

    @TempDir
    Path folder;

    private Handles handles;
    private final AtomicInteger attempts = new AtomicInteger();

    @BeforeEach
    void open() {
        Jdbi jdbi = Jdbi.create("jdbc:sqlite:" + folder.resolve("handles.db"));
        jdbi.useHandle(handle -> handle.execute("CREATE TABLE notes (text TEXT NOT NULL)"));
        handles = new Handles(jdbi, Dialect.sqlite(), FOUR_QUICK_ATTEMPTS, Writers.concurrent());
    }

    private void note(String text) {
        handles.with(handle -> handle.createUpdate("INSERT INTO notes (text) VALUES (:text)").bind("text", text).execute());
    }

    private List<String> notes() {
        return handles.with(handle -> handle.createQuery("SELECT text FROM notes ORDER BY text").mapTo(String.class).list());
    }

    @Test
    void givenAUnitOfWorkThatLosesTwice_whenRun_thenOnlyTheThirdAttemptIsCommittedAndTheLossesAreCounted() {
        int result = handles.inTransaction(() -> {
            int attempt = attempts.incrementAndGet();
            note("attempt " + attempt);
            if (attempt < 3) {
                throw new LostRace("lost attempt " + attempt, null);
            }
            return attempt;
        });

        assertThat(result).isEqualTo(3);
        assertThat(notes()).containsExactly("attempt 3");
        assertThat(handles.racesLost()).isEqualTo(2);
    }

    @Test
    void givenAUnitOfWorkThatAlwaysLoses_whenRun_thenUnavailableAfterThePolicysAttemptsWithNothingStored() {
        OrchestratorException busy = catchThrowableOfType(OrchestratorException.class, () -> handles.inTransaction(() -> {
            note("attempt " + attempts.incrementAndGet());
            throw new LostRace("always lost", null);
        }));

        assertThat(busy.code()).isEqualTo(ErrorCode.UNAVAILABLE);
        assertThat(busy.retryable()).isTrue();
        assertThat(busy.getMessage()).contains("busy with other writers", "4 attempts", "nothing was changed");
        assertThat(attempts).hasValue(4);
        assertThat(notes()).isEmpty();
    }

    @Test
    void givenANestedUnitOfWorkThatLoses_whenRun_thenTheOutermostIsRunAgainWhole() {
        handles.inTransaction(() -> {
            int attempt = attempts.incrementAndGet();
            note("outer " + attempt);
            return handles.inTransaction(() -> {
                note("inner " + attempt);
                if (attempt == 1) {
                    throw new LostRace("inner lost", null);
                }
                return attempt;
            });
        });

        assertThat(notes()).containsExactly("inner 2", "outer 2");
    }

    @Test
    void givenTheCallersOwnConflict_whenThrownInAUnitOfWork_thenItReachesTheCallerAtOnceAndUndoesTheWork() {
        assertThatThrownBy(() -> handles.inTransaction(() -> {
            attempts.incrementAndGet();
            note("mine");
            throw new OrchestratorException(ErrorCode.CONFLICT, "version 3 is stale", "version", List.of("4"));
        })).isInstanceOfSatisfying(OrchestratorException.class, e -> assertThat(e.code()).isEqualTo(ErrorCode.CONFLICT));

        assertThat(attempts).hasValue(1);
        assertThat(notes()).isEmpty();
        assertThat(handles.racesLost()).isZero();
    }

    @Test
    void givenALoneStatementThatLosesOnce_whenRun_thenItIsSentAgain() {
        int answer = handles.with(handle -> {
            if (attempts.incrementAndGet() == 1) {
                throw new LostRace("busy", null);
            }
            return handle.createQuery("SELECT 42").mapTo(Integer.class).one();
        });

        assertThat(answer).isEqualTo(42);
        assertThat(attempts).hasValue(2);
    }

    @Test
    void givenAStaleRow_whenWrittenInsideAUseCaseOrAlone_thenALostRaceOrTheCallersConflict() {
        assertThat(Handles.staleRow(true, "task t changed", "version")).isInstanceOf(LostRace.class);
        assertThat(Handles.staleRow(false, "task t changed", "version")).isInstanceOfSatisfying(
                OrchestratorException.class, e -> {
                    assertThat(e.code()).isEqualTo(ErrorCode.CONFLICT);
                    assertThat(e.field()).contains("version");
                });
    }

    @Test
    void givenTheDefaultPolicy_whenPausesAreDrawn_thenEachIsWithinItsGrowingCeilingAndTheCap() {
        RetryPolicy policy = RetryPolicy.DEFAULT;
        for (int next = 2; next <= 30; next++) {
            long ceiling = Math.min(policy.maxCeiling().toNanos(), policy.firstCeiling().toNanos() << Math.min(20, next - 2));
            for (int draw = 0; draw < 50; draw++) {
                assertThat(policy.pauseBefore(next)).isBetween(Duration.ZERO, Duration.ofNanos(ceiling));
            }
        }
        assertThatThrownBy(() -> new RetryPolicy(0, Duration.ZERO, Duration.ZERO))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("attempts");
        assertThatThrownBy(() -> new RetryPolicy(3, Duration.ofMillis(5), Duration.ofMillis(1)))
                .isInstanceOf(IllegalArgumentException.class);
    }
}

package dev.taskorchestrator.persistence.ids;

import static org.assertj.core.api.Assertions.assertThat;

import dev.taskorchestrator.application.port.out.IdGenerator;
import dev.taskorchestrator.testkit.contract.IdGeneratorContract;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class TimeOrderedIdGeneratorTest extends IdGeneratorContract {

    @Override
    protected IdGenerator createGenerator() {
        return TimeOrderedIdGenerator.systemDefault();
    }

    @Test
    void givenAClockThatStandsStill_whenManyIdsAreMade_thenTheyStillIncreaseStrictly() {
        Clock frozen = Clock.fixed(Instant.parse("2026-01-05T09:00:00Z"), ZoneOffset.UTC);
        TimeOrderedIdGenerator ids = new TimeOrderedIdGenerator(frozen, new SplittableRandom(42));
        List<String> made = new ArrayList<>();
        for (int i = 0; i < 100_000; i++) {
            made.add(ids.nextBody());
        }

        assertThat(made).isSortedAccordingTo(String::compareTo).doesNotHaveDuplicates();
        assertThat(made).allSatisfy(body -> assertThat(body).hasSize(14).matches("[0-9a-hjkmnp-tv-z]{14}"));
    }

    @Test
    void givenAClockThatStepsBack_whenIdsAreMade_thenOrderIsKept() {
        MovingClock clock = new MovingClock(Instant.parse("2026-01-05T09:00:00Z"));
        TimeOrderedIdGenerator ids = new TimeOrderedIdGenerator(clock, new SplittableRandom(7));

        String before = ids.nextBody();
        clock.now = clock.now.minusSeconds(5);
        String after = ids.nextBody();

        assertThat(after).isGreaterThan(before);
    }

    @Test
    void givenIdsMadeOneMillisecondApart_whenCompared_thenTheLaterSortsLater() {
        MovingClock clock = new MovingClock(Instant.parse("2026-01-05T09:00:00Z"));
        TimeOrderedIdGenerator ids = new TimeOrderedIdGenerator(clock, new SplittableRandom(1));
        String first = ids.nextBody();
        clock.now = clock.now.plusMillis(1);

        assertThat(ids.nextBody().substring(0, 9)).isGreaterThan(first.substring(0, 9));
    }

    private static final class MovingClock extends Clock {
        private Instant now;

        MovingClock(Instant now) {
            this.now = now;
        }

        @Override
        public Instant instant() {
            return now;
        }

        @Override
        public ZoneOffset getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(java.time.ZoneId zone) {
            return this;
        }
    }
}

package dev.taskorchestrator.persistence.ids;

import dev.taskorchestrator.application.port.out.IdGenerator;
import dev.taskorchestrator.domain.artifact.ArtifactId;
import dev.taskorchestrator.domain.reboot.InstanceId;
import dev.taskorchestrator.domain.session.SessionId;
import dev.taskorchestrator.domain.task.TaskId;
import java.security.SecureRandom;
import java.time.Clock;
import java.util.Objects;
import java.util.random.RandomGenerator;

/**
 * Short ids that sort by creation: 14 lower-case base-32 characters holding 45 bits of
 * milliseconds (good until the year 3084) and 25 bits that start at a random value each
 * millisecond and count up within it.
 *
 * <p>Why 14 and not 12 characters: with several servers writing one PostgreSQL database, ids are
 * made in different processes. Twenty-five random bits make two ids of the same millisecond from
 * two processes collide once in 33 million pairs, and a collision is a refused insert (CONFLICT),
 * never a lost task. Within one process the counter makes ids strictly increasing even when the
 * clock stands still or steps back.
 */
public final class TimeOrderedIdGenerator implements IdGenerator {

    private static final char[] ALPHABET = "0123456789abcdefghjkmnpqrstvwxyz".toCharArray();
    private static final int SEQUENCE_BITS = 25;
    private static final long SEQUENCE_LIMIT = 1L << SEQUENCE_BITS;
    /** A fresh millisecond starts in the lower half, so that counting up rarely spills into the next. */
    private static final int RANDOM_START_BOUND = 1 << (SEQUENCE_BITS - 1);

    private final Clock clock;
    private final RandomGenerator random;
    private long lastMillis = -1;
    private long sequence;

    public TimeOrderedIdGenerator(Clock clock, RandomGenerator random) {
        this.clock = Objects.requireNonNull(clock, "clock");
        this.random = Objects.requireNonNull(random, "random");
    }

    public static TimeOrderedIdGenerator systemDefault() {
        return new TimeOrderedIdGenerator(Clock.systemUTC(), new SecureRandom());
    }

    @Override
    public TaskId newTaskId() {
        return new TaskId(TaskId.PREFIX + nextBody());
    }

    @Override
    public SessionId newSessionId() {
        return new SessionId(SessionId.PREFIX + nextBody());
    }

    @Override
    public ArtifactId newArtifactId() {
        return new ArtifactId(ArtifactId.PREFIX + nextBody());
    }

    @Override
    public InstanceId newInstanceId() {
        return new InstanceId(InstanceId.PREFIX + nextBody());
    }

    synchronized String nextBody() {
        long now = clock.millis();
        if (now > lastMillis) {
            lastMillis = now;
            sequence = random.nextInt(RANDOM_START_BOUND);
        } else if (++sequence == SEQUENCE_LIMIT) {
            lastMillis++;
            sequence = 0;
        }
        return encode(lastMillis, 9) + encode(sequence, 5);
    }

    private static String encode(long value, int length) {
        char[] out = new char[length];
        long rest = value;
        for (int i = length - 1; i >= 0; i--) {
            out[i] = ALPHABET[(int) (rest & 31)];
            rest >>>= 5;
        }
        return new String(out);
    }
}

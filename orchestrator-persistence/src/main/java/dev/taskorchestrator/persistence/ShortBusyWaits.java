package dev.taskorchestrator.persistence;

import java.sql.SQLException;
import java.time.Duration;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.locks.LockSupport;
import org.sqlite.BusyHandler;
import org.sqlite.SQLiteConfig;
import org.sqlite.SQLiteConnection;
import org.sqlite.SQLiteDataSource;

/**
 * How a SQLite writer waits for another process's write lock. SQLite's own busy timeout sleeps
 * ever longer between tries (up to 100 ms each, a whole second without usleep), so under
 * contention the lock is mostly free while its waiters sleep, and the agents of a workspace go
 * slower the more there are. A write holds the lock for a few milliseconds here: waiting in steps
 * of 0.1 to 2 ms, each jittered so that waiters do not wake in step, hands it on almost at once,
 * for the cost of a lock attempt per step.
 */
final class ShortBusyWaits extends BusyHandler {

    private static final long FIRST_STEP_NANOS = 100_000;
    private static final long MAX_STEP_NANOS = 2_000_000;

    private final long patienceNanos;
    private long waitingSince;

    private ShortBusyWaits(Duration patience) {
        this.patienceNanos = patience.toNanos();
    }

    /** Returns 0 (give up: SQLITE_BUSY, which the unit of work retries) once the patience is spent. */
    @Override
    protected int callback(int triesBefore) {
        long now = System.nanoTime();
        if (triesBefore == 0) {
            waitingSince = now;
        }
        if (now - waitingSince >= patienceNanos) {
            return 0;
        }
        long step = Math.min(MAX_STEP_NANOS, FIRST_STEP_NANOS << Math.min(triesBefore, 5));
        LockSupport.parkNanos(step / 2 + ThreadLocalRandom.current().nextLong(step));
        return 1;
    }

    /** SQLite connections that wait this way: one handler per connection, as a connection serves one thread at a time. */
    static final class DataSource extends SQLiteDataSource {

        private final Duration patience;

        DataSource(SQLiteConfig config, Duration patience) {
            super(config);
            this.patience = patience;
        }

        @Override
        public SQLiteConnection getConnection(String username, String password) throws SQLException {
            SQLiteConnection connection = super.getConnection(username, password);
            BusyHandler.setHandler(connection, new ShortBusyWaits(patience));
            return connection;
        }
    }
}

package dev.taskorchestrator.persistence;

import dev.taskorchestrator.domain.common.ErrorCode;
import dev.taskorchestrator.domain.common.OrchestratorException;
import dev.taskorchestrator.persistence.jdbi.Writers;
import java.io.IOException;
import java.nio.channels.ClosedByInterruptException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.FileLockInterruptionException;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Supplier;

/**
 * The writers of one SQLite file, across threads and processes, take turns in a queue: a lock on a
 * file beside the database, waited for in the kernel, which wakes the next writer the moment the
 * last one lets go. SQLite has no such wait of its own, only polling its lock, which leaves the
 * lock idle between polls and burns the cores the writers need; with eight agents on two cores
 * the queue is what keeps the team as fast as one agent. SQLite's own locking still guards the
 * data: a writer that does not queue (another program) is waited for by the busy handler.
 */
final class SqliteWriterQueue implements Writers {

    /** One queue per file in a JVM: the OS lock is per process, so threads queue in the JVM first. */
    private static final Map<Path, SqliteWriterQueue> BY_FILE = new ConcurrentHashMap<>();
    /** Wakes a writer whose wait for the file lock ran out: a blocked lock() gives way only to an interrupt. */
    private static final ScheduledExecutorService ALARMS = Executors.newSingleThreadScheduledExecutor(task -> {
        Thread thread = new Thread(task, "sqlite-write-queue-alarm");
        thread.setDaemon(true);
        return thread;
    });

    private final Path lockFile;
    private final Duration patience;
    private final ReentrantLock inThisProcess = new ReentrantLock(true);

    SqliteWriterQueue(Path lockFile, Duration patience) {
        this.lockFile = lockFile;
        this.patience = patience;
    }

    static SqliteWriterQueue of(Path database, Duration patience) {
        return BY_FILE.computeIfAbsent(database.toAbsolutePath().normalize(),
                file -> new SqliteWriterQueue(file.resolveSibling(file.getFileName() + ".write-queue"), patience));
    }

    /**
     * A channel per turn: closing a channel drops every lock the process holds on its file, which
     * is safe here only because one thread of this process at a time holds or waits for it. A
     * writer that waited its whole patience is told so (UNAVAILABLE): a writer that holds the lock
     * that long is stuck, and waiting on would only hang the agent.
     */
    @Override
    public <T> T inTurn(Supplier<T> unitOfWork) {
        if (inThisProcess.isHeldByCurrentThread()) {
            return unitOfWork.get(); // this thread's turn already: the file lock is held (a second lock would throw)
        }
        long deadline = System.nanoTime() + patience.toNanos();
        try {
            if (!inThisProcess.tryLock(patience.toNanos(), TimeUnit.NANOSECONDS)) {
                throw stuck("another writer of this process");
            }
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
            throw new OrchestratorException(ErrorCode.UNAVAILABLE, "interrupted while waiting to write; nothing was"
                    + " changed, retry");
        }
        try (FileChannel channel = FileChannel.open(lockFile, StandardOpenOption.CREATE, StandardOpenOption.WRITE);
                FileLock turn = lockBefore(channel, deadline)) {
            return unitOfWork.get();
        } catch (IOException failure) {
            throw new OrchestratorException(ErrorCode.UNAVAILABLE, "cannot queue for the database's write lock ("
                    + lockFile + ": " + failure.getMessage() + "); nothing was changed, retry");
        } finally {
            inThisProcess.unlock();
        }
    }

    private FileLock lockBefore(FileChannel channel, long deadline) throws IOException {
        FileLock free = channel.tryLock();
        if (free != null) {
            return free;
        }
        Alarm alarm = new Alarm(Math.max(0, deadline - System.nanoTime()));
        try {
            return channel.lock();
        } catch (ClosedByInterruptException | FileLockInterruptionException timedOut) {
            throw stuck("another process");
        } finally {
            alarm.disarm();
        }
    }

    /**
     * Interrupts the waiting thread at its deadline unless disarmed first, and never after. A
     * scheduled task's cancel cannot say so: it succeeds while the task is still running (a running
     * task is not yet done), so an interrupt under way was left behind on the thread, to fail
     * whatever it did next.
     */
    private static final class Alarm {
        private final Thread sleeper = Thread.currentThread();
        private final ScheduledFuture<?> schedule;
        private boolean disarmed;
        private boolean rang;

        Alarm(long delayNanos) {
            schedule = ALARMS.schedule(this::ring, delayNanos, TimeUnit.NANOSECONDS);
        }

        private synchronized void ring() {
            if (!disarmed) {
                rang = true;
                sleeper.interrupt();
            }
        }

        /** After this no interrupt comes, and the one it made, whether it woke the wait or came as the lock did, is cleared. */
        synchronized void disarm() {
            disarmed = true;
            schedule.cancel(false);
            if (rang) {
                Thread.interrupted();
            }
        }
    }

    private OrchestratorException stuck(String holder) {
        return new OrchestratorException(ErrorCode.UNAVAILABLE, holder + " has held the database's write lock for "
                + patience.toMillis() + " ms; nothing was changed, retry shortly");
    }
}

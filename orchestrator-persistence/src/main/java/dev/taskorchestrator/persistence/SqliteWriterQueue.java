package dev.taskorchestrator.persistence;

import dev.taskorchestrator.domain.common.ErrorCode;
import dev.taskorchestrator.domain.common.OrchestratorException;
import dev.taskorchestrator.persistence.jdbi.Writers;
import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
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

    private final Path lockFile;
    private final ReentrantLock inThisProcess = new ReentrantLock(true);

    private SqliteWriterQueue(Path lockFile) {
        this.lockFile = lockFile;
    }

    static SqliteWriterQueue of(Path database) {
        return BY_FILE.computeIfAbsent(database.toAbsolutePath().normalize(),
                file -> new SqliteWriterQueue(file.resolveSibling(file.getFileName() + ".write-queue")));
    }

    /**
     * A channel per turn: closing a channel drops every lock the process holds on its file, which
     * is safe here only because one thread of this process at a time holds or waits for it.
     */
    @Override
    public <T> T inTurn(Supplier<T> unitOfWork) {
        if (inThisProcess.isHeldByCurrentThread()) {
            return unitOfWork.get(); // this thread's turn already: the file lock is held (a second lock would throw)
        }
        inThisProcess.lock();
        try (FileChannel channel = FileChannel.open(lockFile, StandardOpenOption.CREATE, StandardOpenOption.WRITE);
                FileLock turn = channel.lock()) {
            return unitOfWork.get();
        } catch (IOException failure) {
            throw new OrchestratorException(ErrorCode.UNAVAILABLE, "cannot queue for the database's write lock ("
                    + lockFile + ": " + failure.getMessage() + "); nothing was changed, retry");
        } finally {
            inThisProcess.unlock();
        }
    }
}

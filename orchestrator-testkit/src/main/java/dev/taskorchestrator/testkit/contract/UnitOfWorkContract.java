package dev.taskorchestrator.testkit.contract;

import static dev.taskorchestrator.testkit.fixtures.ArtifactBuilder.anArtifactOf;
import static dev.taskorchestrator.testkit.fixtures.TaskBuilder.aTask;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.taskorchestrator.domain.common.ErrorCode;
import dev.taskorchestrator.domain.common.OrchestratorException;
import dev.taskorchestrator.domain.task.Task;
import dev.taskorchestrator.domain.task.TaskEvent;
import dev.taskorchestrator.domain.task.TaskEventType;
import dev.taskorchestrator.testkit.StorePorts;
import dev.taskorchestrator.testkit.fixtures.MutableClock;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** What every {@code UnitOfWork} must do, with the stores of the same adapter. */
public abstract class UnitOfWorkContract {

    protected abstract StorePorts createStore();

    protected StorePorts store;

    @BeforeEach
    void setUpStore() {
        store = createStore();
    }

    @Test
    void givenWorkThatSucceeds_whenRunInATransaction_thenEveryWriteIsKeptAndTheResultReturned() {
        Task task = aTask().build();

        String result = store.unitOfWork().inTransaction(() -> {
            store.tasks().add(task);
            store.artifacts().add(anArtifactOf(task.id()).build());
            return "done";
        });

        assertThat(result).isEqualTo("done");
        assertThat(store.tasks().findById(task.id())).isPresent();
        assertThat(store.artifacts().findByTask(task.id())).hasSize(1);
    }

    @Test
    void givenWorkThatFailsAfterWriting_whenRunInATransaction_thenNoWriteIsKeptAndTheFailureIsRethrownUnchanged() {
        Task task = aTask().build();
        OrchestratorException failure = new OrchestratorException(ErrorCode.ILLEGAL_STATE, "planted failure");

        assertThatThrownBy(() -> store.unitOfWork().run(() -> {
            store.tasks().add(task);
            store.artifacts().add(anArtifactOf(task.id()).build());
            store.events().append(new TaskEvent(task.id(), TaskEventType.CREATED, MutableClock.START, Optional.empty(), "x"));
            throw failure;
        })).isSameAs(failure);

        assertThat(store.tasks().findById(task.id())).isEmpty();
        assertThat(store.artifacts().findByTask(task.id())).isEmpty();
        assertThat(store.events().history(task.id(), 10)).isEmpty();
    }

    @Test
    void givenANestedUnitOfWork_whenTheOuterFails_thenTheInnerWritesAreRolledBackToo() {
        Task inner = aTask().build();

        assertThatThrownBy(() -> store.unitOfWork().run(() -> {
            store.unitOfWork().run(() -> store.tasks().add(inner));
            throw new OrchestratorException(ErrorCode.CONFLICT, "outer fails");
        })).isInstanceOf(OrchestratorException.class);

        assertThat(store.tasks().findById(inner.id())).isEmpty();
    }

    @Test
    void givenManyThreadsUpdatingOneTask_whenEachReadsAndWritesInATransaction_thenNoUpdateIsLost() throws Exception {
        Task task = aTask().build();
        store.tasks().add(task);
        int threads = 4;
        int perThread = 25;
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        List<Throwable> unexpected = Collections.synchronizedList(new ArrayList<>());
        try {
            List<Future<?>> futures = new ArrayList<>();
            for (int t = 0; t < threads; t++) {
                futures.add(pool.submit(() -> {
                    for (int i = 0; i < perThread; i++) {
                        retryOnConflict(() -> store.unitOfWork().run(() -> {
                            Task current = store.tasks().findById(task.id()).orElseThrow();
                            int count = Integer.parseInt(current.data().description().isEmpty() ? "0"
                                    : current.data().description());
                            store.tasks().update(current.edit(new dev.taskorchestrator.domain.task.TaskChanges(
                                    Optional.empty(), Optional.of(Integer.toString(count + 1)), Optional.empty(),
                                    Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(),
                                    Optional.empty(), Optional.empty()), MutableClock.START));
                        }), unexpected);
                    }
                }));
            }
            for (Future<?> future : futures) {
                future.get(60, TimeUnit.SECONDS);
            }
        } finally {
            pool.shutdownNow();
        }

        assertThat(unexpected).isEmpty();
        Task last = store.tasks().findById(task.id()).orElseThrow();
        assertThat(last.data().description()).isEqualTo(Integer.toString(threads * perThread));
        assertThat(last.version()).isEqualTo(threads * perThread);
    }

    /** A CONFLICT means another writer won this round; the work is read again and redone. */
    private static void retryOnConflict(Runnable work, List<Throwable> unexpected) {
        for (int attempt = 0; attempt < 1_000; attempt++) {
            try {
                work.run();
                return;
            } catch (OrchestratorException e) {
                if (e.code() != ErrorCode.CONFLICT) {
                    unexpected.add(e);
                    return;
                }
            } catch (RuntimeException e) {
                unexpected.add(e);
                return;
            }
        }
        unexpected.add(new AssertionError("gave up after 1000 conflicts"));
    }
}

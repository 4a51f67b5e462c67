package dev.taskorchestrator.testkit.contract;

import static org.assertj.core.api.Assertions.assertThat;

import dev.taskorchestrator.application.port.out.IdGenerator;
import dev.taskorchestrator.domain.artifact.ArtifactId;
import dev.taskorchestrator.domain.session.SessionId;
import dev.taskorchestrator.domain.task.TaskId;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** What every {@link IdGenerator} must do: unique ids of the right kind, in creation order. */
public abstract class IdGeneratorContract {

    protected abstract IdGenerator createGenerator();

    @Test
    void givenManyTaskIds_whenGenerated_thenAllAreUniqueAndSortInCreationOrder() {
        IdGenerator ids = createGenerator();
        List<String> generated = new ArrayList<>();
        for (int i = 0; i < 50_000; i++) {
            generated.add(ids.newTaskId().value());
        }

        assertThat(new HashSet<>(generated)).hasSize(generated.size());
        assertThat(generated).isSorted();
    }

    @Test
    void givenEachKind_whenGenerated_thenItCarriesItsPrefixAndParsesBack() {
        IdGenerator ids = createGenerator();

        TaskId task = ids.newTaskId();
        SessionId session = ids.newSessionId();
        ArtifactId artifact = ids.newArtifactId();

        assertThat(TaskId.parse(task.value(), "task_id")).isEqualTo(task);
        assertThat(SessionId.parse(session.value(), "session_id")).isEqualTo(session);
        assertThat(ArtifactId.parse(artifact.value(), "artifact_id")).isEqualTo(artifact);
    }

    @Test
    void givenSeveralThreads_whenGeneratingAtOnce_thenNoIdRepeats() throws InterruptedException {
        IdGenerator ids = createGenerator();
        Set<String> seen = java.util.concurrent.ConcurrentHashMap.newKeySet();
        List<Thread> threads = new ArrayList<>();
        for (int t = 0; t < 4; t++) {
            threads.add(new Thread(() -> {
                for (int i = 0; i < 10_000; i++) {
                    seen.add(ids.newTaskId().value());
                }
            }));
        }
        threads.forEach(Thread::start);
        for (Thread thread : threads) {
            thread.join();
        }

        assertThat(seen).hasSize(40_000);
    }
}

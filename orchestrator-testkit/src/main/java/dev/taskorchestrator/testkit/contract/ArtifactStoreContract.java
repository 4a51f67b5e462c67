package dev.taskorchestrator.testkit.contract;

import static dev.taskorchestrator.testkit.fixtures.ArtifactBuilder.anArtifactOf;
import static dev.taskorchestrator.testkit.fixtures.TaskBuilder.aTask;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.taskorchestrator.application.port.out.ArtifactStore;
import dev.taskorchestrator.domain.artifact.Artifact;
import dev.taskorchestrator.domain.artifact.ArtifactType;
import dev.taskorchestrator.domain.common.ErrorCode;
import dev.taskorchestrator.domain.common.OrchestratorException;
import dev.taskorchestrator.domain.task.Task;
import dev.taskorchestrator.testkit.StorePorts;
import dev.taskorchestrator.testkit.fixtures.MutableClock;
import dev.taskorchestrator.testkit.fixtures.TestIds;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/** What every {@link ArtifactStore} must do. */
public abstract class ArtifactStoreContract {

    protected abstract StorePorts createStore();

    protected StorePorts store;
    protected ArtifactStore artifacts;

    @BeforeEach
    void setUpStore() {
        store = createStore();
        artifacts = store.artifacts();
    }

    private Task storedTask() {
        Task task = aTask().build();
        store.tasks().add(task);
        return task;
    }

    @Nested
    class Adding {
        @Test
        void givenAnArtifactWithContentAndPaths_whenAdded_thenItReadsBackEqual() {
            Task task = storedTask();
            Artifact artifact = anArtifactOf(task.id()).withType(ArtifactType.CODE).withName("parser.java")
                    .withContent("class Parser {}\n// ünïcödé ✓\n".repeat(100)).withFilePaths("src/Parser.java", "docs/a b.md")
                    .build();

            artifacts.add(artifact);

            assertThat(artifacts.findById(artifact.id())).contains(artifact);
        }

        @Test
        void givenAStoredArtifact_whenAddedAgain_thenConflict() {
            Artifact artifact = anArtifactOf(storedTask().id()).build();
            artifacts.add(artifact);

            assertThatThrownBy(() -> artifacts.add(artifact))
                    .isInstanceOfSatisfying(OrchestratorException.class, e -> assertThat(e.code()).isEqualTo(ErrorCode.CONFLICT));
        }

        @Test
        void givenATaskThatDoesNotExist_whenAnArtifactIsAddedForIt_thenNotFound() {
            Artifact orphan = anArtifactOf(TestIds.taskId()).build();

            assertThatThrownBy(() -> artifacts.add(orphan))
                    .isInstanceOfSatisfying(OrchestratorException.class, e -> assertThat(e.code()).isEqualTo(ErrorCode.NOT_FOUND));
        }
    }

    @Nested
    class Finding {
        @Test
        void givenArtifactsOfSeveralTasks_whenFoundByTask_thenOnlyThatTasksOldestFirst() {
            Task task = storedTask();
            Artifact second = anArtifactOf(task.id()).createdAt(MutableClock.START.plusSeconds(10)).build();
            Artifact first = anArtifactOf(task.id()).createdAt(MutableClock.START).build();
            artifacts.add(second);
            artifacts.add(first);
            artifacts.add(anArtifactOf(storedTask().id()).build());

            assertThat(artifacts.findByTask(task.id())).containsExactly(first.metadata(), second.metadata());
        }

        @Test
        void givenArtifactsOfSeveralTasks_whenFoundForAPageOfTasks_thenEachTasksOldestFirstInTheTasksOrder() {
            Task a = storedTask();
            Task b = storedTask();
            Artifact later = anArtifactOf(a.id()).createdAt(MutableClock.START.plusSeconds(10)).build();
            Artifact earlier = anArtifactOf(a.id()).createdAt(MutableClock.START).build();
            Artifact ofB = anArtifactOf(b.id()).withContent("ünïcödé ✓\n".repeat(50)).build();
            artifacts.add(later);
            artifacts.add(ofB);
            artifacts.add(earlier);
            artifacts.add(anArtifactOf(storedTask().id()).build());

            assertThat(artifacts.findAllByTasks(List.of(b.id(), a.id(), TestIds.taskId())))
                    .containsExactly(ofB, earlier, later);
            assertThat(artifacts.findAllByTasks(List.of())).isEmpty();
        }

        @Test
        void givenArtifactsOfSeveralTasks_whenCountedByTasks_thenOnlyThoseTasksAreCounted() {
            Task a = storedTask();
            Task b = storedTask();
            artifacts.add(anArtifactOf(a.id()).build());
            artifacts.add(anArtifactOf(a.id()).build());
            artifacts.add(anArtifactOf(b.id()).build());
            artifacts.add(anArtifactOf(storedTask().id()).build());

            assertThat(artifacts.countByTasks(List.of(a.id(), b.id(), a.id()))).isEqualTo(3);
            assertThat(artifacts.countByTasks(List.of(TestIds.taskId()))).isZero();
            assertThat(artifacts.countByTasks(List.of())).isZero();
        }

        @Test
        void givenNoArtifact_whenFound_thenEmpty() {
            assertThat(artifacts.findById(TestIds.artifactId())).isEmpty();
        }
    }

    @Nested
    class Removing {
        @Test
        void givenArtifactsOfTasks_whenRemovedByTasks_thenThoseGoAndTheCountIsReturned() {
            Task a = storedTask();
            Task b = storedTask();
            Task kept = storedTask();
            artifacts.add(anArtifactOf(a.id()).build());
            artifacts.add(anArtifactOf(a.id()).build());
            artifacts.add(anArtifactOf(b.id()).build());
            Artifact survivor = anArtifactOf(kept.id()).build();
            artifacts.add(survivor);

            int removed = artifacts.removeByTasks(List.of(a.id(), b.id()));

            assertThat(removed).isEqualTo(3);
            assertThat(artifacts.findByTask(a.id())).isEmpty();
            assertThat(artifacts.findByTask(kept.id())).containsExactly(survivor.metadata());
        }
    }
}

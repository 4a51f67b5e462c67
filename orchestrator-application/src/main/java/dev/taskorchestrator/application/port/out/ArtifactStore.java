package dev.taskorchestrator.application.port.out;

import dev.taskorchestrator.domain.artifact.Artifact;
import dev.taskorchestrator.domain.artifact.ArtifactId;
import dev.taskorchestrator.domain.artifact.ArtifactMetadata;
import dev.taskorchestrator.domain.task.TaskId;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

/** Where the detailed work of tasks is kept. Every method joins the current unit of work. */
public interface ArtifactStore {

    /** Stores a new artifact; an id already stored is a CONFLICT. */
    void add(Artifact artifact);

    Optional<Artifact> findById(ArtifactId id);

    /** A task's artifacts without their content, oldest first. */
    List<ArtifactMetadata> findByTask(TaskId taskId);

    /**
     * The artifacts of these tasks with their content, each task's oldest first, the tasks in the
     * order given: what an export reads a page of tasks at a time.
     */
    default List<Artifact> findAllByTasks(List<TaskId> taskIds) {
        return taskIds.stream().distinct().flatMap(task -> findByTask(task).stream())
                .map(metadata -> findById(metadata.id()).orElseThrow()).toList();
    }

    /** How many artifacts these tasks have. */
    long countByTasks(Collection<TaskId> taskIds);

    /** Removes every artifact of these tasks; returns how many were removed. */
    int removeByTasks(Collection<TaskId> taskIds);
}

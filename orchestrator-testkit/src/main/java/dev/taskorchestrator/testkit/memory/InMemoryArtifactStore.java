package dev.taskorchestrator.testkit.memory;

import dev.taskorchestrator.application.port.out.ArtifactStore;
import dev.taskorchestrator.domain.artifact.Artifact;
import dev.taskorchestrator.domain.artifact.ArtifactId;
import dev.taskorchestrator.domain.artifact.ArtifactMetadata;
import dev.taskorchestrator.domain.common.ErrorCode;
import dev.taskorchestrator.domain.common.OrchestratorException;
import dev.taskorchestrator.domain.task.TaskId;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Set;

public final class InMemoryArtifactStore implements ArtifactStore {

    private final InMemoryDatabase db;

    public InMemoryArtifactStore(InMemoryDatabase db) {
        this.db = db;
    }

    @Override
    public void add(Artifact artifact) {
        db.locked(() -> {
            if (db.artifacts.containsKey(artifact.id())) {
                throw new OrchestratorException(ErrorCode.CONFLICT, "artifact " + artifact.id() + " already exists");
            }
            if (!db.tasks.containsKey(artifact.taskId())) {
                throw OrchestratorException.notFound("task_id", "task", artifact.taskId().value());
            }
            return db.artifacts.put(artifact.id(), artifact);
        });
    }

    @Override
    public Optional<Artifact> findById(ArtifactId id) {
        return db.locked(() -> Optional.ofNullable(db.artifacts.get(id)));
    }

    @Override
    public List<ArtifactMetadata> findByTask(TaskId taskId) {
        return db.locked(() -> db.artifacts.values().stream()
                .filter(a -> a.taskId().equals(taskId))
                .sorted(Comparator.comparing(Artifact::createdAt).thenComparing(a -> a.id().value()))
                .map(Artifact::metadata)
                .toList());
    }

    @Override
    public long countByTasks(Collection<TaskId> taskIds) {
        Set<TaskId> wanted = Set.copyOf(taskIds);
        return db.locked(() -> db.artifacts.values().stream().filter(a -> wanted.contains(a.taskId())).count());
    }

    @Override
    public int removeByTasks(Collection<TaskId> taskIds) {
        Set<TaskId> doomed = Set.copyOf(taskIds);
        return db.locked(() -> {
            int before = db.artifacts.size();
            db.artifacts.values().removeIf(a -> doomed.contains(a.taskId()));
            return before - db.artifacts.size();
        });
    }
}

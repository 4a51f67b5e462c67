package dev.taskorchestrator.application.port.in;

import dev.taskorchestrator.domain.artifact.ArtifactMetadata;
import dev.taskorchestrator.domain.task.PlanProgress;
import dev.taskorchestrator.domain.task.Task;
import java.util.List;
import java.util.Optional;

/** A task with what is around it: its subtasks, its artifacts and, for a parent, its progress. */
public record TaskDetails(Task task, List<Task> subtasks, List<ArtifactMetadata> artifacts, Optional<PlanProgress> progress) {

    public TaskDetails {
        subtasks = List.copyOf(subtasks);
        artifacts = List.copyOf(artifacts);
    }
}

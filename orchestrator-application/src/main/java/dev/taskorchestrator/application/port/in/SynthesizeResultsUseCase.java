package dev.taskorchestrator.application.port.in;

import dev.taskorchestrator.domain.artifact.ArtifactMetadata;
import dev.taskorchestrator.domain.task.Task;
import dev.taskorchestrator.domain.task.TaskId;
import java.time.Duration;
import java.util.List;
import java.util.Optional;

/** Gathers the results of a plan's subtasks into one report, grouped by specialist. */
public interface SynthesizeResultsUseCase {

    Report synthesize(TaskId parentId);

    record Outcome(Task task, List<ArtifactMetadata> artifacts) {
        public Outcome {
            artifacts = List.copyOf(artifacts);
        }
    }

    record Section(String specialistType, List<Outcome> outcomes) {
        public Section {
            outcomes = List.copyOf(outcomes);
        }
    }

    /**
     * @param successRate completed subtasks as a share of all subtasks, 0-100
     * @param duration from the first subtask started to the last completed, once any completed
     * @param markdown the whole report as Markdown, ready to show or store
     */
    record Report(Task parent, List<Section> sections, int total, int completed, int failed, int cancelled, int open,
            int successRate, Optional<Duration> duration, String markdown) {
        public Report {
            sections = List.copyOf(sections);
        }
    }
}

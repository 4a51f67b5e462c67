package dev.taskorchestrator.application.service;

import dev.taskorchestrator.application.port.in.SynthesizeResultsUseCase;
import dev.taskorchestrator.application.port.out.ArtifactStore;
import dev.taskorchestrator.application.port.out.UnitOfWork;
import dev.taskorchestrator.domain.artifact.ArtifactMetadata;
import dev.taskorchestrator.domain.common.OrchestratorException;
import dev.taskorchestrator.domain.task.Readiness;
import dev.taskorchestrator.domain.task.Task;
import dev.taskorchestrator.domain.task.TaskId;
import dev.taskorchestrator.domain.task.TaskStatus;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

final class SynthesizeResultsService implements SynthesizeResultsUseCase {

    private final Tasks tasks;
    private final ArtifactStore artifacts;
    private final UnitOfWork unitOfWork;

    SynthesizeResultsService(Tasks tasks, ArtifactStore artifacts, UnitOfWork unitOfWork) {
        this.tasks = tasks;
        this.artifacts = artifacts;
        this.unitOfWork = unitOfWork;
    }

    @Override
    public Report synthesize(TaskId parentId) {
        return unitOfWork.inReadTransaction(() -> {
            Task parent = tasks.require(parentId, "parent_task_id");
            List<Task> subtasks = tasks.descendants(parentId);
            if (subtasks.isEmpty()) {
                throw OrchestratorException.illegalState("parent_task_id", "task " + parentId
                        + " has no subtasks to synthesize; plan subtasks under it first");
            }
            Map<String, List<Outcome>> bySpecialist = new LinkedHashMap<>();
            for (Task subtask : subtasks) {
                List<ArtifactMetadata> found = artifacts.findByTask(subtask.id()).stream().toList();
                bySpecialist.computeIfAbsent(subtask.specialistType(), k -> new ArrayList<>()).add(new Outcome(subtask, found));
            }
            List<Section> sections = bySpecialist.entrySet().stream()
                    .map(entry -> new Section(entry.getKey(), entry.getValue())).toList();
            int total = subtasks.size();
            int completed = (int) subtasks.stream().filter(Readiness::isDone).count();
            int failed = count(subtasks, TaskStatus.FAILED);
            int cancelled = count(subtasks, TaskStatus.CANCELLED);
            int open = (int) subtasks.stream().filter(t -> t.status().isOpen()).count();
            int successRate = 100 * completed / total;
            Optional<Duration> duration = duration(subtasks);
            String markdown = markdown(parent, sections, total, completed, failed, cancelled, open, successRate, duration);
            return new Report(parent, sections, total, completed, failed, cancelled, open, successRate, duration, markdown);
        });
    }

    private static int count(List<Task> subtasks, TaskStatus status) {
        return (int) subtasks.stream().filter(t -> t.status() == status).count();
    }

    private static Optional<Duration> duration(List<Task> subtasks) {
        Optional<Instant> first = subtasks.stream().flatMap(t -> t.data().startedAt().stream()).min(Comparator.naturalOrder());
        Optional<Instant> last = subtasks.stream().flatMap(t -> t.data().completedAt().stream()).max(Comparator.naturalOrder());
        return first.flatMap(start -> last.map(end -> Duration.between(start, end)));
    }

    private static String markdown(Task parent, List<Section> sections, int total, int completed, int failed,
            int cancelled, int open, int successRate, Optional<Duration> duration) {
        StringBuilder md = new StringBuilder();
        md.append("# Results: ").append(parent.title()).append("\n\n");
        md.append(completed).append(" of ").append(total).append(" subtasks completed (").append(successRate)
                .append("%); ").append(failed).append(" failed, ").append(cancelled).append(" cancelled, ")
                .append(open).append(" open.");
        duration.ifPresent(d -> md.append(" Took ").append(d.toMinutes()).append(" min."));
        md.append("\n");
        for (Section section : sections) {
            md.append("\n## ").append(section.specialistType()).append("\n");
            for (Outcome outcome : section.outcomes()) {
                Task task = outcome.task();
                md.append("\n### ").append(task.title()).append(" (").append(task.status().wire()).append(")\n");
                task.data().summary().ifPresent(summary -> md.append(summary).append('\n'));
                task.data().statusReason().filter(r -> task.status() != TaskStatus.COMPLETED)
                        .ifPresent(reason -> md.append("Reason: ").append(reason).append('\n'));
                outcome.artifacts().forEach(a -> md.append("- artifact ").append(a.id()).append(": ").append(a.name())
                        .append(" (").append(a.type().wire()).append(", ").append(a.size()).append(" bytes)\n"));
            }
        }
        return md.toString();
    }
}

package dev.taskorchestrator.domain.task;

import java.util.Collection;

/** A parent's progress, derived from its direct subtasks. */
public record PlanProgress(int total, int completed, int closed, int failed, int percentage) {

    public static PlanProgress of(Collection<Task> subtasks) {
        return counted(subtasks.size(), (int) subtasks.stream().filter(Readiness::isDone).count(),
                (int) subtasks.stream().filter(t -> t.status().isClosed()).count(),
                (int) subtasks.stream().filter(t -> t.status() == TaskStatus.FAILED).count());
    }

    /**
     * The progress of subtasks a store counted without loading them: {@code completed} are done
     * ({@link Readiness#isDone}), {@code closed} reached an end, {@code failed} failed.
     */
    public static PlanProgress counted(int total, int completed, int closed, int failed) {
        int percentage = total == 0 ? 0 : (int) Math.floor(100.0 * closed / total);
        return new PlanProgress(total, completed, closed, failed, percentage);
    }

    /** Every subtask has reached an end (completed, cancelled or archived). */
    public boolean allClosed() {
        return total > 0 && closed == total;
    }
}

package dev.taskorchestrator.domain.task;

import dev.taskorchestrator.domain.common.Checks;
import dev.taskorchestrator.domain.common.JsonValues;
import dev.taskorchestrator.domain.common.Limits;
import dev.taskorchestrator.domain.session.SessionId;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * What a client asks for when it creates a task. The field names in errors are the wire names,
 * prefixed by {@code fieldPrefix} when the task is nested in a plan (e.g. {@code subtasks[2].title}).
 */
public record NewTask(
        Optional<TaskId> parentId,
        Optional<SessionId> sessionId,
        String title,
        String description,
        TaskType taskType,
        String specialistType,
        Complexity complexity,
        Priority priority,
        Optional<String> estimatedEffort,
        Optional<Instant> dueDate,
        Map<String, Object> context,
        List<TaskId> dependencies,
        boolean autoCompleteParent) {

    public static final String DEFAULT_SPECIALIST = "generic";

    public NewTask {
        Checks.required(parentId, "parent_task_id");
        Checks.required(sessionId, "session_id");
        title = Checks.text(title, "title", 1, Limits.TITLE_MAX);
        description = description == null ? "" : Checks.text(description, "description", 0, Limits.DESCRIPTION_MAX);
        Checks.required(taskType, "task_type");
        specialistType = Checks.text(specialistType, "specialist_type", 1, Limits.SHORT_TEXT_MAX);
        Checks.required(complexity, "complexity");
        Checks.required(priority, "priority");
        estimatedEffort = Checks.optionalText(estimatedEffort, "estimated_effort", Limits.SHORT_TEXT_MAX);
        Checks.date(dueDate, "due_date");
        context = JsonValues.object(context, "context");
        dependencies = Checks.list(dependencies, "dependencies", Limits.DEPENDENCIES_MAX);
    }

    /** A task with defaults for everything but the title: what most tests and quick calls need. */
    public static NewTask titled(String title) {
        return new NewTask(Optional.empty(), Optional.empty(), title, "", TaskType.STANDARD, DEFAULT_SPECIALIST,
                Complexity.MODERATE, Priority.MEDIUM, Optional.empty(), Optional.empty(), Map.of(), List.of(), false);
    }
}

package dev.taskorchestrator.application.port.in;

import dev.taskorchestrator.domain.common.Checks;
import dev.taskorchestrator.domain.common.JsonValues;
import dev.taskorchestrator.domain.common.Limits;
import dev.taskorchestrator.domain.common.OrchestratorException;
import dev.taskorchestrator.domain.task.Complexity;
import dev.taskorchestrator.domain.task.Priority;
import dev.taskorchestrator.domain.task.TaskType;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * One task of a plan, with its own subtasks. {@code dependencies} name other tasks of the plan by
 * {@code key}, or existing tasks by id. Absent values take the defaults: type {@code breakdown}
 * for a task with subtasks and {@code standard} otherwise, specialist {@code coordinator} or
 * {@code generic} likewise, complexity {@code moderate}, priority {@code medium}.
 */
public record PlannedTask(
        Optional<String> key,
        String title,
        String description,
        Optional<TaskType> taskType,
        Optional<String> specialistType,
        Optional<Complexity> complexity,
        Optional<Priority> priority,
        Optional<String> estimatedEffort,
        Optional<Instant> dueDate,
        Map<String, Object> context,
        List<String> dependencies,
        List<PlannedTask> subtasks) {

    private static final Pattern KEY = Pattern.compile("[A-Za-z0-9_.-]{1,64}");

    public PlannedTask {
        Checks.required(key, "key");
        key.ifPresent(k -> {
            if (!KEY.matcher(k).matches()) {
                throw OrchestratorException.invalid("key", "key '" + k + "' must be 1-64 letters, digits, '_', '.' or '-'",
                        List.of("1-64 of [A-Za-z0-9_.-]"));
            }
        });
        title = Checks.text(title, "title", 1, Limits.TITLE_MAX);
        description = description == null ? "" : Checks.text(description, "description", 0, Limits.DESCRIPTION_MAX);
        Checks.required(taskType, "task_type");
        Checks.required(specialistType, "specialist_type");
        Checks.required(complexity, "complexity");
        Checks.required(priority, "priority");
        estimatedEffort = Checks.optionalText(estimatedEffort, "estimated_effort", Limits.SHORT_TEXT_MAX);
        Checks.date(dueDate, "due_date");
        context = JsonValues.object(context == null ? Map.of() : context, "context");
        dependencies = Checks.list(dependencies == null ? List.of() : dependencies, "dependencies", Limits.DEPENDENCIES_MAX);
        subtasks = Checks.list(subtasks == null ? List.of() : subtasks, "subtasks", Limits.PLAN_TASKS_MAX);
    }

    /** A leaf task with every optional field left to its default. */
    public static PlannedTask titled(String title) {
        return new PlannedTask(Optional.empty(), title, "", Optional.empty(), Optional.empty(), Optional.empty(),
                Optional.empty(), Optional.empty(), Optional.empty(), Map.of(), List.of(), List.of());
    }

    public PlannedTask withTitle(String newTitle) {
        return new PlannedTask(key, newTitle, description, taskType, specialistType, complexity, priority,
                estimatedEffort, dueDate, context, dependencies, subtasks);
    }

    public PlannedTask withDescription(String newDescription) {
        return new PlannedTask(key, title, newDescription, taskType, specialistType, complexity, priority,
                estimatedEffort, dueDate, context, dependencies, subtasks);
    }

    public PlannedTask withKey(String newKey) {
        return new PlannedTask(Optional.of(newKey), title, description, taskType, specialistType, complexity, priority,
                estimatedEffort, dueDate, context, dependencies, subtasks);
    }

    public PlannedTask withDependencies(List<String> newDependencies) {
        return new PlannedTask(key, title, description, taskType, specialistType, complexity, priority, estimatedEffort,
                dueDate, context, newDependencies, subtasks);
    }

    public PlannedTask withSubtasks(List<PlannedTask> newSubtasks) {
        return new PlannedTask(key, title, description, taskType, specialistType, complexity, priority, estimatedEffort,
                dueDate, context, dependencies, newSubtasks);
    }

    public PlannedTask withSpecialist(String specialist) {
        return new PlannedTask(key, title, description, taskType, Optional.of(specialist), complexity, priority,
                estimatedEffort, dueDate, context, dependencies, subtasks);
    }

    public PlannedTask withPriority(Priority newPriority) {
        return new PlannedTask(key, title, description, taskType, specialistType, complexity, Optional.of(newPriority),
                estimatedEffort, dueDate, context, dependencies, subtasks);
    }
}

package dev.taskorchestrator.domain.template;

import dev.taskorchestrator.domain.common.Checks;
import dev.taskorchestrator.domain.common.Limits;
import dev.taskorchestrator.domain.common.OrchestratorException;
import dev.taskorchestrator.domain.task.Complexity;
import dev.taskorchestrator.domain.task.Priority;
import dev.taskorchestrator.domain.task.TaskType;
import java.util.List;
import java.util.Optional;
import java.util.function.UnaryOperator;
import java.util.regex.Pattern;

/**
 * One task of a template, with {@code {{param}}} placeholders in its texts and dependencies on
 * other tasks of the template by key.
 */
public record TemplateTask(
        String key,
        String title,
        String description,
        Optional<TaskType> taskType,
        Optional<String> specialistType,
        Optional<Complexity> complexity,
        Optional<Priority> priority,
        Optional<String> estimatedEffort,
        List<String> dependencies,
        List<TemplateTask> subtasks) {

    private static final Pattern KEY = Pattern.compile("[A-Za-z0-9_.-]{1,64}");

    public TemplateTask {
        Checks.required(key, "tasks.key");
        if (!KEY.matcher(key).matches()) {
            throw OrchestratorException.invalid("tasks.key", "task key '" + key + "' must be 1-64 letters, digits, '_', '.' or '-'");
        }
        title = Checks.text(title, "tasks." + key + ".title", 1, Limits.TITLE_MAX * 4);
        description = description == null ? "" : Checks.text(description, "tasks." + key + ".description", 0,
                Limits.DESCRIPTION_MAX);
        Checks.required(taskType, "tasks." + key + ".task_type");
        Checks.required(specialistType, "tasks." + key + ".specialist_type");
        Checks.required(complexity, "tasks." + key + ".complexity");
        Checks.required(priority, "tasks." + key + ".priority");
        Checks.required(estimatedEffort, "tasks." + key + ".estimated_effort");
        dependencies = List.copyOf(Checks.required(dependencies, "tasks." + key + ".dependencies"));
        subtasks = List.copyOf(Checks.required(subtasks, "tasks." + key + ".subtasks"));
    }

    public static TemplateTask of(String key, String title, String description) {
        return new TemplateTask(key, title, description, Optional.empty(), Optional.empty(), Optional.empty(),
                Optional.empty(), Optional.empty(), List.of(), List.of());
    }

    public TemplateTask dependingOn(String... keys) {
        return new TemplateTask(key, title, description, taskType, specialistType, complexity, priority, estimatedEffort,
                List.of(keys), subtasks);
    }

    public TemplateTask withSubtasks(TemplateTask... children) {
        return new TemplateTask(key, title, description, taskType, specialistType, complexity, priority, estimatedEffort,
                dependencies, List.of(children));
    }

    /** The texts this task carries, for placeholder checks. */
    List<String> texts() {
        return estimatedEffort.map(effort -> List.of(title, description, effort)).orElse(List.of(title, description));
    }

    /** This task and its subtasks with every text passed through {@code fill}. */
    TemplateTask filled(UnaryOperator<String> fill) {
        return new TemplateTask(key, fill.apply(title), fill.apply(description), taskType, specialistType, complexity,
                priority, estimatedEffort.map(fill), dependencies, subtasks.stream().map(s -> s.filled(fill)).toList());
    }
}

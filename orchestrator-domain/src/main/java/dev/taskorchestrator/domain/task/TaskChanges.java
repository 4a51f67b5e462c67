package dev.taskorchestrator.domain.task;

import dev.taskorchestrator.domain.common.Checks;
import dev.taskorchestrator.domain.common.JsonValues;
import dev.taskorchestrator.domain.common.Limits;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;

/** The editable fields of a task; an empty field is left as it is. Status has its own guarded path. */
public record TaskChanges(
        Optional<String> title,
        Optional<String> description,
        Optional<TaskType> taskType,
        Optional<String> specialistType,
        Optional<Complexity> complexity,
        Optional<Priority> priority,
        Optional<String> estimatedEffort,
        Optional<Instant> dueDate,
        Optional<Map<String, Object>> context) {

    public TaskChanges {
        title = Checks.required(title, "title").map(t -> Checks.text(t, "title", 1, Limits.TITLE_MAX));
        description = Checks.required(description, "description")
                .map(d -> Checks.text(d, "description", 0, Limits.DESCRIPTION_MAX));
        Checks.required(taskType, "task_type");
        specialistType = Checks.required(specialistType, "specialist_type")
                .map(s -> Checks.text(s, "specialist_type", 1, Limits.SHORT_TEXT_MAX));
        Checks.required(complexity, "complexity");
        Checks.required(priority, "priority");
        estimatedEffort = Checks.required(estimatedEffort, "estimated_effort")
                .map(e -> Checks.text(e, "estimated_effort", 1, Limits.SHORT_TEXT_MAX));
        Checks.date(dueDate, "due_date");
        context = Checks.required(context, "context").map(c -> JsonValues.object(c, "context"));
    }

    public static TaskChanges none() {
        return new TaskChanges(Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(),
                Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty());
    }

    public boolean isEmpty() {
        return this.equals(none());
    }
}

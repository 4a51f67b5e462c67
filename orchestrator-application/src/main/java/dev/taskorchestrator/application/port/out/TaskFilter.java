package dev.taskorchestrator.application.port.out;

import dev.taskorchestrator.domain.common.Checks;
import dev.taskorchestrator.domain.common.Limits;
import dev.taskorchestrator.domain.common.OrchestratorException;
import dev.taskorchestrator.domain.session.SessionId;
import dev.taskorchestrator.domain.task.Complexity;
import dev.taskorchestrator.domain.task.Priority;
import dev.taskorchestrator.domain.task.Task;
import dev.taskorchestrator.domain.task.TaskId;
import dev.taskorchestrator.domain.task.TaskStatus;
import dev.taskorchestrator.domain.task.TaskType;
import java.time.Instant;
import java.util.Optional;
import java.util.Set;

/**
 * Which tasks a query wants. An empty set means "any"; values within one set are alternatives,
 * and the filters combine with AND. {@link #matches} is the reference meaning every store must
 * reproduce (the contract tests hold them to it).
 */
public record TaskFilter(
        Set<TaskStatus> statuses,
        Set<TaskType> taskTypes,
        Set<String> specialistTypes,
        Set<Complexity> complexities,
        Set<Priority> priorities,
        Optional<TaskId> parentId,
        Optional<SessionId> sessionId,
        Optional<String> text,
        Optional<Instant> createdAfter,
        Optional<Instant> createdBefore) {

    public TaskFilter {
        statuses = Set.copyOf(Checks.required(statuses, "status"));
        taskTypes = Set.copyOf(Checks.required(taskTypes, "task_type"));
        specialistTypes = Set.copyOf(Checks.required(specialistTypes, "specialist_type"));
        complexities = Set.copyOf(Checks.required(complexities, "complexity"));
        priorities = Set.copyOf(Checks.required(priorities, "priority"));
        Checks.required(parentId, "parent_task_id");
        Checks.required(sessionId, "session_id");
        text = Checks.optionalText(text, "search_text", Limits.SEARCH_TEXT_MAX);
        Checks.required(createdAfter, "created_after");
        Checks.required(createdBefore, "created_before");
        if (createdAfter.isPresent() && createdBefore.isPresent() && !createdAfter.get().isBefore(createdBefore.get())) {
            throw OrchestratorException.invalid("created_before", "created_before must be later than created_after");
        }
    }

    public static TaskFilter any() {
        return new TaskFilter(Set.of(), Set.of(), Set.of(), Set.of(), Set.of(), Optional.empty(), Optional.empty(),
                Optional.empty(), Optional.empty(), Optional.empty());
    }

    public TaskFilter withStatuses(Set<TaskStatus> wanted) {
        return new TaskFilter(wanted, taskTypes, specialistTypes, complexities, priorities, parentId, sessionId, text,
                createdAfter, createdBefore);
    }

    public TaskFilter withText(String wanted) {
        return new TaskFilter(statuses, taskTypes, specialistTypes, complexities, priorities, parentId, sessionId,
                Optional.of(wanted), createdAfter, createdBefore);
    }

    public TaskFilter withParent(TaskId parent) {
        return new TaskFilter(statuses, taskTypes, specialistTypes, complexities, priorities, Optional.of(parent), sessionId,
                text, createdAfter, createdBefore);
    }

    public TaskFilter withSession(Optional<SessionId> session) {
        return new TaskFilter(statuses, taskTypes, specialistTypes, complexities, priorities, parentId, session, text,
                createdAfter, createdBefore);
    }

    /**
     * The meaning of the filter. Text matches title or description as a plain substring (no
     * wildcards), ignoring the case of ASCII letters only, which every database can do the same
     * way; the created range includes {@code created_after} and excludes {@code created_before}.
     */
    public boolean matches(Task task) {
        var data = task.data();
        return (statuses.isEmpty() || statuses.contains(data.status()))
                && (taskTypes.isEmpty() || taskTypes.contains(data.taskType()))
                && (specialistTypes.isEmpty() || specialistTypes.contains(data.specialistType()))
                && (complexities.isEmpty() || complexities.contains(data.complexity()))
                && (priorities.isEmpty() || priorities.contains(data.priority()))
                && parentId.map(p -> data.parentId().filter(p::equals).isPresent()).orElse(true)
                && sessionId.map(s -> data.sessionId().filter(s::equals).isPresent()).orElse(true)
                && text.map(t -> contains(data.title(), t) || contains(data.description(), t)).orElse(true)
                && createdAfter.map(after -> !data.createdAt().isBefore(after)).orElse(true)
                && createdBefore.map(before -> data.createdAt().isBefore(before)).orElse(true);
    }

    private static boolean contains(String haystack, String needle) {
        return foldAscii(haystack).contains(foldAscii(needle));
    }

    /** Lower-cases the ASCII letters A-Z and leaves every other character as it is. */
    public static String foldAscii(String text) {
        char[] chars = text.toCharArray();
        for (int i = 0; i < chars.length; i++) {
            if (chars[i] >= 'A' && chars[i] <= 'Z') {
                chars[i] = (char) (chars[i] + ('a' - 'A'));
            }
        }
        return new String(chars);
    }
}

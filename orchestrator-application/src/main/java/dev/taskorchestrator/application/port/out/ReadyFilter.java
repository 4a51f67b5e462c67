package dev.taskorchestrator.application.port.out;

import dev.taskorchestrator.domain.common.Checks;
import dev.taskorchestrator.domain.session.SessionId;
import dev.taskorchestrator.domain.task.Priority;
import dev.taskorchestrator.domain.task.Task;
import dev.taskorchestrator.domain.task.TaskId;
import dev.taskorchestrator.domain.task.TaskType;
import java.util.Optional;
import java.util.Set;

/**
 * Narrows the ready tasks a next-task request looks at. Empty sets mean any; the filters combine
 * with AND.
 *
 * @param under only tasks below this one: its subtasks, theirs, and so on down
 */
public record ReadyFilter(Optional<SessionId> sessionId, Optional<String> specialistType, Optional<TaskId> under,
        Set<Priority> priorities, Set<TaskType> taskTypes) {

    public ReadyFilter {
        Checks.required(sessionId, "session_id");
        Checks.required(specialistType, "specialist_type");
        Checks.required(under, "parent_task_id");
        priorities = Set.copyOf(Checks.required(priorities, "priority"));
        taskTypes = Set.copyOf(Checks.required(taskTypes, "task_type"));
    }

    public ReadyFilter(Optional<SessionId> sessionId, Optional<String> specialistType) {
        this(sessionId, specialistType, Optional.empty(), Set.of(), Set.of());
    }

    public static ReadyFilter any() {
        return new ReadyFilter(Optional.empty(), Optional.empty());
    }

    /** Whether {@code task}'s own fields pass (the ancestor is the store's to check). */
    public boolean matchesFields(Task task) {
        return sessionId.map(s -> task.sessionId().filter(s::equals).isPresent()).orElse(true)
                && specialistType.map(task.specialistType()::equals).orElse(true)
                && (priorities.isEmpty() || priorities.contains(task.priority()))
                && (taskTypes.isEmpty() || taskTypes.contains(task.data().taskType()));
    }
}

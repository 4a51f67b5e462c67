package dev.taskorchestrator.application.port.in;

import dev.taskorchestrator.domain.task.Task;
import java.util.List;

/**
 * Tasks for what someone has begun to type where a task id goes: ids that start with it, or tasks
 * whose title or description contains it. For completions in a client's prompt or resource picker.
 */
public interface SuggestTasksUseCase {

    /** At most this many suggestions: what a picker shows. */
    int MAX = 100;

    List<Task> suggest(String typed, int limit);
}

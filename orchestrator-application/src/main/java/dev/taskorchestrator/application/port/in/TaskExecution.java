package dev.taskorchestrator.application.port.in;

import dev.taskorchestrator.domain.role.SpecialistRole;
import dev.taskorchestrator.domain.task.Task;
import java.util.List;

/** A claimed task with the role to do it in and the rendered prompt. */
public record TaskExecution(Task task, SpecialistRole role, String prompt, List<Task> completedPrerequisites, boolean forced,
        boolean renewed) {

    public TaskExecution {
        completedPrerequisites = List.copyOf(completedPrerequisites);
    }
}

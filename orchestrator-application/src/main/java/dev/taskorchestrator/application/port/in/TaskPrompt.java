package dev.taskorchestrator.application.port.in;

import dev.taskorchestrator.domain.role.SpecialistRole;
import dev.taskorchestrator.domain.task.Task;
import java.util.List;

/** A task rendered as the prompt of a specialist role, with the completed prerequisites it builds on. */
public record TaskPrompt(Task task, SpecialistRole role, String text, List<Task> builtOn) {

    public TaskPrompt {
        builtOn = List.copyOf(builtOn);
    }
}

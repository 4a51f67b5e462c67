package dev.taskorchestrator.application.service;

import dev.taskorchestrator.application.port.in.TaskPrompt;
import dev.taskorchestrator.application.port.out.TaskRepository;
import dev.taskorchestrator.domain.role.SpecialistRole;
import dev.taskorchestrator.domain.task.Readiness;
import dev.taskorchestrator.domain.task.Task;
import dev.taskorchestrator.domain.task.TaskId;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Renders a task in a role with the summaries of the completed prerequisites it builds on. */
final class Prompts {

    private final TaskRepository repository;

    Prompts(TaskRepository repository) {
        this.repository = repository;
    }

    TaskPrompt render(Task task, SpecialistRole role) {
        Map<TaskId, Task> prerequisites = repository.findAllById(task.dependencies());
        List<Task> done = task.dependencies().stream().map(prerequisites::get)
                .filter(p -> p != null && Readiness.isDone(p)).toList();
        Map<String, String> builtOn = new LinkedHashMap<>();
        done.forEach(p -> builtOn.put(p.id().value() + " " + p.title(), p.data().summary().orElse("(no summary)")));
        return new TaskPrompt(task, role, role.renderPrompt(task, builtOn), done);
    }
}

package dev.taskorchestrator.application.service;

import dev.taskorchestrator.application.port.in.MaintenanceReport.Finding;
import dev.taskorchestrator.application.port.in.MaintenanceReport;
import dev.taskorchestrator.application.port.in.MaintenanceRequest.Action;
import dev.taskorchestrator.application.port.in.MaintenanceRequest.Level;
import dev.taskorchestrator.application.port.in.MaintenanceRequest;
import dev.taskorchestrator.application.port.in.ValidateStructureUseCase;
import dev.taskorchestrator.application.port.out.StoreHealth;
import dev.taskorchestrator.domain.task.DependencyGraph;
import dev.taskorchestrator.domain.task.Task;
import dev.taskorchestrator.domain.task.TaskId;
import dev.taskorchestrator.domain.task.TaskStatus;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

final class ValidateStructureService implements ValidateStructureUseCase {

    private final MaintenanceRuns runs;
    private final StoreHealth storeHealth;

    ValidateStructureService(MaintenanceRuns runs, StoreHealth storeHealth) {
        this.runs = runs;
        this.storeHealth = storeHealth;
    }

    @Override
    public MaintenanceReport validate(MaintenanceRequest request) {
        // The integrity check reads the whole store: before the run's write transaction, so no writer waits on it.
        String integrity = request.level() == Level.FULL_AUDIT ? storeHealth.fullCheck() : storeHealth.quickCheck();
        return runs.run(Action.VALIDATE_STRUCTURE, request, (scope, run) -> validate(scope, run, integrity));
    }

    private String validate(List<Task> scope, MaintenanceRuns.Run run, String integrity) {
        Map<TaskId, Task> byId = new HashMap<>();
        scope.forEach(task -> byId.put(task.id(), task));
        Map<TaskId, List<Task>> children = Tasks.childrenOf(scope);
        DependencyGraph graph = new DependencyGraph(id -> Optional.ofNullable(byId.get(id))
                .map(Task::dependencies).orElse(List.of()));
        Set<TaskId> inCycles = new HashSet<>();
        for (Task task : scope) {
            if (!inCycles.contains(task.id())) {
                graph.findCycleFrom(task.id()).ifPresent(cycle -> {
                    inCycles.addAll(cycle);
                    run.findings.add(new Finding("dependency_cycle", Optional.of(task.id()), cycle.stream()
                            .map(TaskId::value).collect(Collectors.joining(" -> "))));
                });
            }
            List<Task> open = children.getOrDefault(task.id(), List.of()).stream().filter(t -> t.status().isOpen())
                    .toList();
            if (task.status() == TaskStatus.COMPLETED && !open.isEmpty()) {
                run.findings.add(new Finding("completed_parent_with_open_children", Optional.of(task.id()),
                        "completed, but " + open.size() + " subtask(s) are open: "
                                + open.stream().map(t -> t.id().value()).toList()));
            }
            if (task.status() == TaskStatus.IN_PROGRESS && task.assignee().isEmpty()) {
                run.findings.add(new Finding("claim_without_owner", Optional.of(task.id()), "in progress with no assignee"));
            }
        }
        if (!"ok".equals(integrity)) {
            run.findings.add(new Finding("integrity", Optional.empty(), integrity));
        }
        return MaintenanceMarkdown.findings(run.findings) + "\nStore integrity: " + integrity + ".\n";
    }
}

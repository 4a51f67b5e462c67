package dev.taskorchestrator.mcp.tool;

import static dev.taskorchestrator.mcp.wire.Shapes.INTEGER;
import static dev.taskorchestrator.mcp.wire.Shapes.OBJECT;
import static dev.taskorchestrator.mcp.wire.Shapes.STRING;

import dev.taskorchestrator.application.port.in.PlanTaskUseCase;
import dev.taskorchestrator.application.service.Orchestrator;
import dev.taskorchestrator.mcp.tool.ToolDescriptor.Hints;
import dev.taskorchestrator.mcp.wire.Shapes;
import dev.taskorchestrator.wire.TaskDocuments;
import dev.taskorchestrator.wire.TaskTexts;
import dev.taskorchestrator.wire.input.Arguments;
import dev.taskorchestrator.wire.input.PlanInput;
import dev.taskorchestrator.wire.input.RoleNames;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;

/** Stores a task with its whole tree of subtasks and their dependencies in one transaction. */
final class PlanTaskTool extends UseCaseTool {

    PlanTaskTool(Supplier<Orchestrator> orchestrator, RoleNames roles) {
        super(new ToolDescriptor("orchestrator_plan_task", "Store a plan of tasks",
                "Stores a task, or a whole plan: the task plus nested subtasks with dependencies between them, in "
                        + "one transaction (all or nothing). Break the job down yourself and send it here; "
                        + "dependencies name sibling keys or existing task ids, and a cycle is refused with the "
                        + "cycle named. Returns the new task ids by key. Then run ready tasks with "
                        + "orchestrator_next_task or orchestrator_execute_task.",
                PlanInput.declaration(roles),
                Shapes.reply("task_id", STRING, "task", OBJECT, "keys", OBJECT, "created_count", INTEGER),
                Hints.CREATES), orchestrator);
    }

    @Override
    public Map<String, Object> upgraded(Map<String, Object> arguments) {
        return PlanInput.upgraded(arguments);
    }

    @Override
    public ToolReply call(Arguments arguments, Caller caller) {
        PlanInput.Plan plan = PlanInput.read(arguments);
        PlanTaskUseCase.Result result = orchestrator().planTask(new PlanTaskUseCase.Command(plan.root(),
                plan.parentId(), plan.sessionId(), Optional.of(caller.workspace()), plan.autoCompleteParent(),
                caller.actor()));
        return ToolReply.of(TaskDocuments.planned(result))
                .next("Take the first ready task: orchestrator_next_task with claim true")
                .next("Or run a given task: orchestrator_execute_task with its task_id")
                .text(TaskTexts.planned(result));
    }
}

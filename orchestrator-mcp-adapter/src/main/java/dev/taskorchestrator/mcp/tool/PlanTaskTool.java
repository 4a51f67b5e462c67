package dev.taskorchestrator.mcp.tool;

import static dev.taskorchestrator.mcp.wire.Shapes.INTEGER;
import static dev.taskorchestrator.mcp.wire.Shapes.OBJECT;
import static dev.taskorchestrator.mcp.wire.Shapes.STRING;

import dev.taskorchestrator.application.port.in.PlanTaskUseCase;
import dev.taskorchestrator.application.port.in.PlannedTask;
import dev.taskorchestrator.application.service.Orchestrator;
import dev.taskorchestrator.domain.common.Limits;
import dev.taskorchestrator.domain.common.OrchestratorException;
import dev.taskorchestrator.domain.task.Complexity;
import dev.taskorchestrator.domain.task.Priority;
import dev.taskorchestrator.domain.task.TaskType;
import dev.taskorchestrator.wire.input.Arguments;
import dev.taskorchestrator.wire.input.Param;
import dev.taskorchestrator.wire.input.ToolInput;
import dev.taskorchestrator.mcp.tool.ToolDescriptor.Hints;
import dev.taskorchestrator.mcp.wire.Shapes;
import dev.taskorchestrator.wire.TaskDocuments;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;
import java.util.stream.Collectors;

/** Stores a task with its whole tree of subtasks and their dependencies in one transaction. */
final class PlanTaskTool extends UseCaseTool {

    private static final String SUBTASK = "subtask";
    private static final int LISTED_MAX = 20;

    PlanTaskTool(Supplier<Orchestrator> orchestrator, ToolVocabulary vocabulary) {
        super(describe(vocabulary), orchestrator);
    }

    private static ToolDescriptor describe(ToolVocabulary vocabulary) {
        Param specialist = Params.specialist(vocabulary.roleNames(),
                "The role that should do it. Default: coordinator for a task with subtasks, else generic.");
        Param dependencies = Param.texts("dependencies", Limits.DEPENDENCIES_MAX,
                "Tasks that must be completed first: keys of tasks in this plan, or existing task ids.");
        Param subtasks = Param.objects("subtasks", SUBTASK, Limits.PLAN_TASKS_MAX,
                "The task's subtasks, each with its own subtasks, to any depth.");
        List<Param> taskFields = List.of(Params.TITLE.asRequired(), Params.DESCRIPTION, Params.TASK_TYPE, specialist,
                Params.COMPLEXITY, Params.PRIORITY, Params.ESTIMATED_EFFORT, Params.DUE_DATE, Params.CONTEXT,
                dependencies, subtasks);
        List<Param> subtaskFields = new ArrayList<>();
        subtaskFields.add(Param.text("key", 64, "A name for this task within the plan, for dependencies to refer to."));
        subtaskFields.addAll(taskFields);
        List<Param> rootFields = new ArrayList<>(taskFields);
        rootFields.add(Param.text("parent_task_id", Params.ID_MAX, "Attach the plan under this existing task."));
        rootFields.add(Params.BOUND_SESSION_ID);
        rootFields.add(Param.flag("auto_complete_parent",
                "Complete each parent by itself once all its subtasks are done. Default: false."));
        return new ToolDescriptor("orchestrator_plan_task", "Store a plan of tasks",
                "Stores a task, or a whole plan: the task plus nested subtasks with dependencies between them, in "
                        + "one transaction (all or nothing). Break the job down yourself and send it here; "
                        + "dependencies name sibling keys or existing task ids, and a cycle is refused with the "
                        + "cycle named. Returns the new task ids by key. Then run ready tasks with "
                        + "orchestrator_next_task or orchestrator_execute_task.",
                new ToolInput(rootFields, Map.of(SUBTASK, subtaskFields)),
                Shapes.reply("task_id", STRING, "task", OBJECT, "keys", OBJECT, "created_count", INTEGER),
                Hints.CREATES);
    }

    @Override
    public ToolReply call(Arguments arguments, Caller caller) {
        PlanTaskUseCase.Result result = orchestrator().planTask(new PlanTaskUseCase.Command(planned(arguments),
                arguments.taskId("parent_task_id"), arguments.sessionId("session_id"), Optional.of(caller.workspace()),
                arguments.flag("auto_complete_parent", false), caller.actor()));
        var root = result.created().get(0);
        String keys = TaskDocuments.keysInPlanOrder(result).entrySet().stream().limit(LISTED_MAX)
                .map(entry -> "- " + entry.getKey() + " -> " + entry.getValue()).collect(Collectors.joining("\n"));
        return ToolReply.of(TaskDocuments.planned(result))
                .next("Take the first ready task: orchestrator_next_task with claim true")
                .next("Or run a given task: orchestrator_execute_task with its task_id")
                .text("Planned " + result.created().size() + " task(s) under " + result.rootId() + " '" + root.title()
                        + "'." + (keys.isEmpty() ? "" : "\n" + keys)
                        + (result.keys().size() > LISTED_MAX ? "\n(and " + (result.keys().size() - LISTED_MAX)
                                + " more keys in the structured result)" : ""));
    }

    private static PlannedTask planned(Arguments task) {
        List<PlannedTask> subtasks = task.objects("subtasks").stream().map(PlanTaskTool::planned).toList();
        var taskType = task.choice("task_type", TaskType.class);
        var complexity = task.choice("complexity", Complexity.class);
        var priority = task.choice("priority", Priority.class);
        var dueDate = task.instant("due_date");
        try {
            return new PlannedTask(task.text("key"), task.requiredText("title"), task.text("description").orElse(null),
                    taskType, task.choice("specialist_type"), complexity, priority, task.text("estimated_effort"),
                    dueDate, task.object("context").orElse(Map.of()), task.texts("dependencies"), subtasks);
        } catch (OrchestratorException refused) {
            // The record names its own fields; a subtask's error must say which subtask it is.
            throw task.field("").isEmpty() ? refused : refused.underField(task.field(""));
        }
    }
}

package dev.taskorchestrator.wire.input;

import dev.taskorchestrator.application.port.in.PlannedTask;
import dev.taskorchestrator.domain.common.Limits;
import dev.taskorchestrator.domain.common.OrchestratorException;
import dev.taskorchestrator.domain.session.SessionId;
import dev.taskorchestrator.domain.task.Complexity;
import dev.taskorchestrator.domain.task.Priority;
import dev.taskorchestrator.domain.task.TaskId;
import dev.taskorchestrator.domain.task.TaskType;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A plan in the published language: a task's fields plus nested {@code subtasks} with keys and
 * dependencies, where to attach it and in which session. One declaration serves the MCP tool's
 * arguments and a plan file given to the command line, so both accept and refuse the same plans.
 */
public final class PlanInput {

    private static final String SUBTASK = "subtask";

    /** A plan read and checked: its tree, and where it goes. */
    public record Plan(PlannedTask root, Optional<TaskId> parentId, Optional<SessionId> sessionId,
            boolean autoCompleteParent) {
    }

    private PlanInput() {
    }

    /** The plan's parameters, with the role names on offer as the enum of {@code specialist_type}. */
    public static ToolInput declaration(RoleNames roles) {
        Param specialist = Params.specialist(roles.names(),
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
        // A subtask's fields mean what the root's mean: described once there, to keep tools/list small.
        taskFields.stream().map(Param::undescribed).forEach(subtaskFields::add);
        List<Param> rootFields = new ArrayList<>(taskFields);
        rootFields.add(Param.text("parent_task_id", Params.ID_MAX, "Attach the plan under this existing task."));
        rootFields.add(Params.WORKSPACE_SESSION_ID);
        rootFields.add(Param.flag("auto_complete_parent",
                "Complete each parent by itself once all its subtasks are done. Default: false."));
        return new ToolInput(rootFields, Map.of(SUBTASK, subtaskFields));
    }

    /** The plan that checked arguments describe. */
    public static Plan read(Arguments root) {
        return new Plan(planned(root), root.taskId("parent_task_id"), root.sessionId("session_id"),
                root.flag("auto_complete_parent", false));
    }

    private static PlannedTask planned(Arguments task) {
        List<PlannedTask> subtasks = task.objects("subtasks").stream().map(PlanInput::planned).toList();
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

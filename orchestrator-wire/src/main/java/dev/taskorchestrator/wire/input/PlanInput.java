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
import java.util.LinkedHashMap;
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
    /** The original v1 form's names, still accepted so that prompts written for it keep working. */
    static final String V1_SUBTASKS = "subtasks_json";
    static final String V1_COMPLEXITY = "complexity_level";

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
        rootFields.add(Param.objects(V1_SUBTASKS, SUBTASK, Limits.PLAN_TASKS_MAX,
                "The v1 form: subtasks as a JSON string, task_id as key; title defaults to description's first line."));
        rootFields.add(Param.text(V1_COMPLEXITY, Params.ID_MAX, "").undescribed());
        return new ToolInput(rootFields, Map.of(SUBTASK, subtaskFields));
    }

    /**
     * The original v1 form ({@code description} and {@code subtasks_json} of {@code {title,
     * description, specialist_type, dependencies, estimated_effort, task_id}}, with {@code
     * complexity_level}) in today's names: {@code task_id} is a subtask's key, the root's title is
     * its description's first line. Arguments in today's form come back as they are; a mix of both
     * is refused.
     */
    public static Map<String, Object> upgraded(Map<String, Object> arguments) {
        if (!arguments.containsKey(V1_SUBTASKS) && !arguments.containsKey(V1_COMPLEXITY)) {
            return arguments;
        }
        Map<String, Object> upgraded = new LinkedHashMap<>(arguments);
        move(upgraded, V1_COMPLEXITY, "complexity");
        if (upgraded.containsKey(V1_SUBTASKS)) {
            Object subtasks = upgraded.remove(V1_SUBTASKS);
            if (upgraded.containsKey("subtasks")) {
                throw OrchestratorException.invalid(V1_SUBTASKS, "give subtasks or subtasks_json (the v1 form), not both");
            }
            upgraded.put("subtasks", subtasks instanceof List<?> list ? list.stream().map(PlanInput::keyed).toList()
                    : subtasks);
        }
        if (!upgraded.containsKey("title") && upgraded.get("description") instanceof String description
                && !description.isBlank()) {
            String firstLine = description.strip().lines().findFirst().orElse("").strip();
            upgraded.put("title", firstLine.length() <= Limits.TITLE_MAX ? firstLine
                    : firstLine.substring(0, Limits.TITLE_MAX - 3) + "...");
        }
        return upgraded;
    }

    private static Object keyed(Object subtask) {
        if (!(subtask instanceof Map<?, ?> fields) || !fields.containsKey("task_id")) {
            return subtask;
        }
        Map<String, Object> keyed = new LinkedHashMap<>();
        fields.forEach((name, value) -> keyed.put(String.valueOf(name), value));
        move(keyed, "task_id", "key");
        return keyed;
    }

    private static void move(Map<String, Object> fields, String from, String to) {
        if (!fields.containsKey(from)) {
            return;
        }
        if (fields.containsKey(to)) {
            throw OrchestratorException.invalid(from, "give " + to + " or " + from + " (the v1 name), not both");
        }
        fields.put(to, fields.remove(from));
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

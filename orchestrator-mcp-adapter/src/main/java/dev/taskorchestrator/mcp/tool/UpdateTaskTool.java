package dev.taskorchestrator.mcp.tool;

import static dev.taskorchestrator.mcp.wire.Shapes.ARRAY;
import static dev.taskorchestrator.mcp.wire.Shapes.OBJECT;

import dev.taskorchestrator.application.port.in.UpdateTaskUseCase;
import dev.taskorchestrator.application.service.Orchestrator;
import dev.taskorchestrator.domain.common.Limits;
import dev.taskorchestrator.domain.task.Complexity;
import dev.taskorchestrator.domain.task.Priority;
import dev.taskorchestrator.domain.task.TaskChanges;
import dev.taskorchestrator.domain.task.TaskId;
import dev.taskorchestrator.domain.task.TaskStatus;
import dev.taskorchestrator.domain.task.TaskType;
import dev.taskorchestrator.mcp.tool.ToolDescriptor.Hints;
import dev.taskorchestrator.mcp.wire.Shapes;
import dev.taskorchestrator.wire.TaskDocuments;
import dev.taskorchestrator.wire.TaskTexts;
import dev.taskorchestrator.wire.input.Arguments;
import dev.taskorchestrator.wire.input.Param;
import dev.taskorchestrator.wire.input.Params;
import dev.taskorchestrator.wire.input.RoleNames;
import dev.taskorchestrator.wire.input.ToolInput;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;

/** Changes a task's fields, status or dependencies. */
final class UpdateTaskTool extends UseCaseTool {

    UpdateTaskTool(Supplier<Orchestrator> orchestrator, RoleNames vocabulary) {
        super(describe(vocabulary), orchestrator);
    }

    private static ToolDescriptor describe(RoleNames vocabulary) {
        return new ToolDescriptor("orchestrator_update_task", "Change a task",
                "Changes a task's fields, its status (along allowed transitions, which an error lists) or its "
                        + "dependencies (a cycle is refused). version applies it only if nobody changed the task since.",
                ToolInput.of(Params.TASK_ID,
                        Param.integer("version", 0, Long.MAX_VALUE, "Apply only to this version of the task."),
                        Params.TITLE, Params.DESCRIPTION, Params.TASK_TYPE,
                        Params.specialist(vocabulary.names(), "The role that should do it."),
                        Params.COMPLEXITY, Params.PRIORITY, Params.ESTIMATED_EFFORT, Params.DUE_DATE, Params.CONTEXT,
                        Param.oneOf("status", Params.statuses(), "Move the task to this status."),
                        Param.text("reason", Limits.REASON_MAX, "Why, kept in the task's history."),
                        Param.texts("dependencies", Limits.DEPENDENCIES_MAX, "The whole new set of task ids to wait for."),
                        Param.texts("add_dependencies", Limits.DEPENDENCIES_MAX, "Task ids to wait for."),
                        Param.texts("remove_dependencies", Limits.DEPENDENCIES_MAX, "Task ids to stop waiting for.")),
                Shapes.reply("task", OBJECT, "changed", ARRAY),
                Hints.CHANGES);
    }

    @Override
    public ToolReply call(Arguments arguments, Caller caller) {
        TaskChanges changes = new TaskChanges(arguments.text("title"), arguments.text("description"),
                arguments.choice("task_type", TaskType.class), arguments.choice("specialist_type"),
                arguments.choice("complexity", Complexity.class), arguments.choice("priority", Priority.class),
                arguments.text("estimated_effort"), arguments.instant("due_date"), arguments.object("context"));
        var result = orchestrator().updateTask(new UpdateTaskUseCase.Command(arguments.requiredTaskId("task_id"),
                arguments.longInteger("version"),
                changes, arguments.text("status").map(status -> TaskStatus.parse(status, "status")),
                arguments.text("reason"), taskIds(arguments, "add_dependencies"), taskIds(arguments, "remove_dependencies"),
                arguments.has("dependencies") ? Optional.of(taskIds(arguments, "dependencies")) : Optional.empty(),
                caller.actor(), false));
        return ToolReply.of(TaskDocuments.updated(result))
                .next("See it with its subtasks: read the resource orchestrator://tasks/" + result.task().id())
                .next("Run it: orchestrator_execute_task")
                .text(TaskTexts.updated(result));
    }

    static List<TaskId> taskIds(Arguments arguments, String name) {
        return arguments.texts(name).stream().map(id -> TaskId.parse(id.strip(), arguments.field(name))).toList();
    }
}

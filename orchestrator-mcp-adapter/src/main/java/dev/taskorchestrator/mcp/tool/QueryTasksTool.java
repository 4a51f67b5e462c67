package dev.taskorchestrator.mcp.tool;

import static dev.taskorchestrator.mcp.wire.Shapes.ARRAY;
import static dev.taskorchestrator.mcp.wire.Shapes.INTEGER;
import static dev.taskorchestrator.mcp.wire.Shapes.STRING;

import dev.taskorchestrator.application.port.in.QueryTasksUseCase;
import dev.taskorchestrator.application.port.out.TaskFilter;
import dev.taskorchestrator.application.service.Orchestrator;
import dev.taskorchestrator.domain.common.Limits;
import dev.taskorchestrator.domain.common.WireValues;
import dev.taskorchestrator.domain.task.Complexity;
import dev.taskorchestrator.domain.task.Priority;
import dev.taskorchestrator.domain.task.TaskStatus;
import dev.taskorchestrator.domain.task.TaskType;
import dev.taskorchestrator.mcp.tool.ToolDescriptor.Hints;
import dev.taskorchestrator.mcp.wire.Shapes;
import dev.taskorchestrator.wire.Projection;
import dev.taskorchestrator.wire.Rows;
import dev.taskorchestrator.wire.TaskDocuments;
import dev.taskorchestrator.wire.TaskTexts;
import dev.taskorchestrator.wire.input.Arguments;
import dev.taskorchestrator.wire.input.Param;
import dev.taskorchestrator.wire.input.Params;
import dev.taskorchestrator.wire.input.RoleNames;
import dev.taskorchestrator.wire.input.ToolInput;
import java.util.LinkedHashSet;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;
import java.util.stream.Collectors;

/** Finds tasks by any combination of filters, a page at a time, in compact rows unless asked otherwise. */
final class QueryTasksTool extends UseCaseTool {

    QueryTasksTool(Supplier<Orchestrator> orchestrator, RoleNames vocabulary) {
        super(describe(vocabulary), orchestrator);
    }

    private static ToolDescriptor describe(RoleNames vocabulary) {
        return new ToolDescriptor("orchestrator_query_tasks", "Find tasks",
                "Finds tasks by status, type, specialist, complexity, priority, parent, session, text and "
                    + "creation time (filters AND together; several values of one mean any). Returns a page of "
                    + "compact rows and next_cursor, to pass back as cursor. full gives every field.",
                ToolInput.of(
                        Param.anyOf("status", Params.statuses(), "Any of these statuses."),
                        Params.ANY_TASK_TYPE,
                        Param.anyOf("specialist_type", vocabulary.names(), "Any of these roles."),
                        Param.anyOf("complexity", WireValues.allowed(Complexity.class), "Any of these complexities."),
                        Params.ANY_PRIORITY,
                        Param.text("parent_task_id", Params.ID_MAX, "Only the direct subtasks of this task."),
                        Param.text("session_id", Params.ID_MAX, "Only tasks of this session."),
                        Param.text("search_text", Limits.SEARCH_TEXT_MAX, "Text in the title or description."),
                        Param.text("created_after", Params.ID_MAX, "Created at or after (YYYY-MM-DD or date-time)."),
                        Param.text("created_before", Params.ID_MAX, "Created before (YYYY-MM-DD or date-time)."),
                        Param.flag("ready", "true: only tasks one could start now; false: open tasks held back."),
                        Param.flag("full", "Every field of each task instead of compact rows. Default: false."),
                        Param.flag("include_children", "Add each task's subtask ids. Default: false."),
                        Param.flag("include_artifacts", "Add each task's artifacts. Default: false."),
                        Param.integer("limit", 1, QueryTasksUseCase.Query.MAX_LIMIT, "Rows per page. Default: 50."),
                        Param.text("cursor", Limits.SHORT_TEXT_MAX, "next_cursor of the previous page.")),
                Shapes.reply("tasks", ARRAY, "count", INTEGER, "next_cursor?", STRING, "total_count?", INTEGER),
                Hints.READ_ONLY);
    }

    @Override
    public ToolReply call(Arguments arguments, Caller caller) {
        Set<TaskStatus> statuses = new LinkedHashSet<>();
        arguments.texts("status").forEach(status -> statuses.add(TaskStatus.parse(status, "status")));
        TaskFilter filter = new TaskFilter(statuses, arguments.choices("task_type", TaskType.class),
                arguments.texts("specialist_type").stream().map(String::strip).collect(Collectors.toSet()),
                arguments.choices("complexity", Complexity.class), arguments.choices("priority", Priority.class),
                arguments.taskId("parent_task_id"), arguments.sessionId("session_id"), arguments.text("search_text"),
                arguments.instant("created_after"), arguments.instant("created_before"));
        boolean full = arguments.flag("full", false);
        boolean children = arguments.flag("include_children", false);
        boolean artifacts = arguments.flag("include_artifacts", false);
        QueryTasksUseCase.Page page = orchestrator().queryTasks(new QueryTasksUseCase.Query(filter,
                arguments.integer("limit", QueryTasksUseCase.Query.DEFAULT_LIMIT), arguments.text("cursor"), children,
                artifacts, arguments.has("ready") ? Optional.of(arguments.flag("ready", true)) : Optional.empty()));
        var reply = ToolReply.of(TaskDocuments.page(page, new Projection(full, children, artifacts)));
        page.nextCursor().ifPresent(cursor -> reply.next("More rows: call again with cursor " + cursor));
        reply.next("Read one task in full: the resource orchestrator://tasks/{task_id}");
        return reply.text(TaskTexts.page(page));
    }

}

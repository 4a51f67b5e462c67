package dev.taskorchestrator.mcp.tool;

import static dev.taskorchestrator.mcp.wire.Shapes.ARRAY;
import static dev.taskorchestrator.mcp.wire.Shapes.BOOLEAN;
import static dev.taskorchestrator.mcp.wire.Shapes.INTEGER;
import static dev.taskorchestrator.mcp.wire.Shapes.OBJECT;
import static dev.taskorchestrator.mcp.wire.Shapes.STRING;

import dev.taskorchestrator.application.port.in.NextTaskUseCase;
import dev.taskorchestrator.application.service.Orchestrator;
import dev.taskorchestrator.domain.task.Priority;
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
import java.util.Optional;
import java.util.function.Supplier;

/** Recommends, and with claim takes, the best ready task. */
final class NextTaskTool extends UseCaseTool {

    NextTaskTool(Supplier<Orchestrator> orchestrator, RoleNames vocabulary) {
        super(describe(vocabulary), orchestrator);
    }

    private static ToolDescriptor describe(RoleNames vocabulary) {
        return new ToolDescriptor("orchestrator_next_task", "Recommend the next ready task",
                "Recommends the best ready task matching the filters: open plans first, then priority, longest "
                    + "chain waiting on it, age. claim true also claims it and returns its specialist prompt in the "
                    + "same step, so no two agents get the same task. When nothing is ready, closest_to_ready says "
                    + "what holds the nearest open tasks.",
                ToolInput.of(Param.text("session_id", Params.ID_MAX, "Only tasks of this session. Default: all."),
                        Params.specialist(vocabulary.names(), "Only tasks for this role."),
                        Param.text("parent_task_id", Params.ID_MAX, "Only tasks below this one, at any depth."),
                        Params.ANY_PRIORITY, Params.ANY_TASK_TYPE,
                        Param.flag("claim", "Claim it now, as orchestrator_execute_task would. Default: false."),
                        Params.LEASE_SECONDS, Params.AGENT),
                Shapes.reply("found", BOOLEAN, "task?", OBJECT, "prompt?", STRING, "lease_expires_at?", STRING,
                        "open_tasks", INTEGER, "in_progress", INTEGER, "closest_to_ready?", ARRAY),
                Hints.CHANGES);
    }

    @Override
    public ToolReply call(Arguments arguments, Caller caller) {
        boolean claim = arguments.flag("claim", false);
        var result = orchestrator().nextTask(new NextTaskUseCase.Query(arguments.sessionId("session_id"),
                arguments.choice("specialist_type"), arguments.taskId("parent_task_id"),
                arguments.choices("priority", Priority.class), arguments.choices("task_type", TaskType.class), claim,
                claim ? Optional.of(caller.actor(arguments.text("agent"))) : Optional.empty(),
                ExecuteTaskTool.seconds(arguments, "lease_seconds")));
        var reply = ToolReply.of(TaskDocuments.next(result));
        if (result.execution().isPresent()) {
            var execution = result.execution().get();
            return ExecuteTaskTool.hints(reply, execution).text(TaskTexts.next(result));
        }
        if (result.task().isPresent()) {
            return reply.next("Take it: orchestrator_execute_task with task_id " + result.task().get().id())
                    .text(TaskTexts.next(result));
        }
        return reply.next(result.openTasks() == 0 ? "Nothing is open: plan more with orchestrator_plan_task"
                        : "closest_to_ready says what holds the nearest tasks: wait for claims to end, finish or "
                                + "unblock what they wait for")
                .text(TaskTexts.next(result));
    }
}

package dev.taskorchestrator.mcp.tool;

import static dev.taskorchestrator.mcp.wire.Shapes.ARRAY;
import static dev.taskorchestrator.mcp.wire.Shapes.BOOLEAN;
import static dev.taskorchestrator.mcp.wire.Shapes.OBJECT;
import static dev.taskorchestrator.mcp.wire.Shapes.STRING;

import dev.taskorchestrator.application.port.in.ExecuteTaskUseCase;
import dev.taskorchestrator.application.port.in.TaskExecution;
import dev.taskorchestrator.application.service.Orchestrator;
import dev.taskorchestrator.mcp.tool.ToolDescriptor.Hints;
import dev.taskorchestrator.mcp.wire.Shapes;
import dev.taskorchestrator.wire.TaskDocuments;
import dev.taskorchestrator.wire.TaskTexts;
import dev.taskorchestrator.wire.input.Arguments;
import dev.taskorchestrator.wire.input.Param;
import dev.taskorchestrator.wire.input.Params;
import dev.taskorchestrator.wire.input.ToolInput;
import java.time.Duration;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.function.Supplier;

/** Claims a ready task for this agent and hands back the specialist's prompt for it. */
final class ExecuteTaskTool extends UseCaseTool {

    private static final ToolDescriptor DESCRIPTOR = new ToolDescriptor("orchestrator_execute_task",
            "Claim a task and get its specialist prompt",
            "Claims a ready task for you until lease_expires_at (execute again to renew; release it with "
                    + "orchestrator_update_task status pending) and returns the specialist role's prompt with the "
                    + "task, its context and the results it builds on. Do the work in that role, then "
                    + "orchestrator_complete_task. Refused while it is held (what holds it is named); force "
                    + "overrides open prerequisites, on record.",
            ToolInput.of(Params.TASK_ID,
                    Param.flag("force", "Run although prerequisites or subtasks are open. Default: false."),
                    Params.LEASE_SECONDS, Params.AGENT),
            Shapes.reply("task", OBJECT, "specialist_type", STRING, "prompt", STRING, "completed_prerequisites", ARRAY,
                    "forced", BOOLEAN, "renewed", BOOLEAN, "lease_expires_at", STRING),
            Hints.CHANGES);

    ExecuteTaskTool(Supplier<Orchestrator> orchestrator) {
        super(DESCRIPTOR, orchestrator);
    }

    @Override
    public ToolReply call(Arguments arguments, Caller caller) {
        TaskExecution execution = orchestrator().executeTask(new ExecuteTaskUseCase.Command(
                arguments.requiredTaskId("task_id"), caller.actor(arguments.text("agent")),
                arguments.flag("force", false), seconds(arguments, "lease_seconds")));
        return hints(ToolReply.of(TaskDocuments.execution(execution)), execution).text(TaskTexts.execution(execution));
    }

    /** A duration given in whole seconds, if given. */
    static Optional<Duration> seconds(Arguments arguments, String name) {
        OptionalLong seconds = arguments.longInteger(name);
        return seconds.isPresent() ? Optional.of(Duration.ofSeconds(seconds.getAsLong())) : Optional.empty();
    }

    /** The hints after a claim, shared with next-task when it claims: do the work in the role, then hand it in. */
    static ToolReply.Builder hints(ToolReply.Builder reply, TaskExecution execution) {
        var task = execution.task();
        return reply.next("Do the work as the " + execution.role().name() + " the prompt describes")
                .next("Then hand it in: orchestrator_complete_task with task_id " + task.id()
                        + ", summary and detailed_work");
    }

}

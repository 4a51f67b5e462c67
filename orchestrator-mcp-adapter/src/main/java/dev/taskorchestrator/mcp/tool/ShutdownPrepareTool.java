package dev.taskorchestrator.mcp.tool;

import static dev.taskorchestrator.mcp.wire.Shapes.ARRAY;
import static dev.taskorchestrator.mcp.wire.Shapes.BOOLEAN;
import static dev.taskorchestrator.mcp.wire.Shapes.OBJECT;

import dev.taskorchestrator.application.port.in.HealthCheckUseCase;
import dev.taskorchestrator.application.port.in.QueryTasksUseCase;
import dev.taskorchestrator.application.port.out.TaskFilter;
import dev.taskorchestrator.application.service.Orchestrator;
import dev.taskorchestrator.domain.task.TaskStatus;
import dev.taskorchestrator.wire.input.Arguments;
import dev.taskorchestrator.wire.input.Param;
import dev.taskorchestrator.wire.input.ToolInput;
import dev.taskorchestrator.mcp.tool.ToolDescriptor.Hints;
import dev.taskorchestrator.wire.Rows;
import dev.taskorchestrator.mcp.wire.Shapes;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;

/** Whether a shutdown now would interrupt anything, and what. */
final class ShutdownPrepareTool extends UseCaseTool {

    private static final int LISTED = 10;

    private static final ToolDescriptor DESCRIPTOR = new ToolDescriptor("orchestrator_shutdown_prepare",
            "Check whether a shutdown would interrupt anything",
            "Says whether stopping or restarting the server now would interrupt work: tasks claimed and in progress "
                    + "(their agents would have to execute them again), other calls in flight, other connected "
                    + "clients, and whether the database answers and passes its integrity check. blocking_issues "
                    + "lists what stands in the way; ready_for_shutdown is true when it is empty.",
            ToolInput.of(Param.flag("check_active_tasks", "Tasks in progress. Default: true."),
                    Param.flag("check_database_state", "The database's round trip and integrity. Default: true."),
                    Param.flag("check_client_connections", "Other calls and clients. Default: true.")),
            Shapes.reply("ready_for_shutdown", BOOLEAN, "blocking_issues", ARRAY, "checks", OBJECT),
            Hints.READ_ONLY);

    ShutdownPrepareTool(Supplier<Orchestrator> orchestrator) {
        super(DESCRIPTOR, orchestrator);
    }

    @Override
    public ToolReply call(Arguments arguments, Caller caller) {
        List<String> blocking = new ArrayList<>();
        Map<String, Object> checks = new LinkedHashMap<>();
        if (arguments.flag("check_active_tasks", true)) {
            var page = orchestrator().queryTasks(new QueryTasksUseCase.Query(TaskFilter.any()
                    .withStatuses(Set.of(TaskStatus.IN_PROGRESS)), LISTED, java.util.Optional.empty(), false, false));
            long active = page.totalCount().orElse(page.tasks().size());
            checks.put("active_tasks", Map.of("in_progress", active, "tasks",
                    page.tasks().stream().map(details -> Rows.compact(details.task())).toList()));
            if (active > 0) {
                blocking.add(active + " task(s) in progress would lose their agents' attention");
            }
        }
        if (arguments.flag("check_database_state", true)) {
            List<HealthCheckUseCase.Check> database = orchestrator().healthCheck().checks().stream()
                    .filter(check -> Set.of("database", "integrity").contains(check.name())).toList();
            checks.put("database", database.stream().map(check -> Map.of("name", check.name(), "ok", check.ok(),
                    "figure", check.figure())).toList());
            database.stream().filter(check -> !check.ok())
                    .forEach(check -> blocking.add("database check " + check.name() + " failed: " + check.figure()));
        }
        if (arguments.flag("check_client_connections", true)) {
            Connection connection = caller.connection();
            int otherCalls = Math.max(0, connection.callsInFlight() - 1);
            int otherClients = Math.max(0, connection.connectedClients() - 1);
            checks.put("client_connections", Map.of("transport", connection.transport(), "connected_clients",
                    connection.connectedClients(), "other_calls_in_flight", otherCalls));
            if (otherCalls > 0) {
                blocking.add(otherCalls + " other call(s) in flight");
            }
            if (otherClients > 0) {
                blocking.add(otherClients + " other client(s) connected");
            }
        }
        var reply = ToolReply.with("ready_for_shutdown", blocking.isEmpty())
                .put("blocking_issues", blocking)
                .put("checks", checks);
        reply.next(blocking.isEmpty() ? "Safe to restart: orchestrator_restart_server"
                : "Finish or hand back the work first (orchestrator_complete_task, orchestrator_update_task)");
        return reply.text(blocking.isEmpty() ? "Ready for shutdown: nothing would be interrupted."
                : "Not ready for shutdown:\n- " + String.join("\n- ", blocking));
    }
}

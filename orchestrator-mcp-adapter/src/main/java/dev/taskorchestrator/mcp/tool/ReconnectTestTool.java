package dev.taskorchestrator.mcp.tool;

import static dev.taskorchestrator.mcp.wire.Shapes.ARRAY;
import static dev.taskorchestrator.mcp.wire.Shapes.STRING;

import dev.taskorchestrator.application.port.out.ServerRuntime;
import dev.taskorchestrator.domain.common.OrchestratorException;
import dev.taskorchestrator.mcp.tool.ToolDescriptor.Hints;
import dev.taskorchestrator.mcp.wire.Shapes;
import dev.taskorchestrator.wire.input.Arguments;
import dev.taskorchestrator.wire.input.Param;
import dev.taskorchestrator.wire.input.Params;
import dev.taskorchestrator.wire.input.ToolInput;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** Pings the connected client and reports the round trips and the connection's state. */
final class ReconnectTestTool implements OrchestratorTool {

    private static final int PINGS = 3;

    private static final ToolDescriptor DESCRIPTOR = new ToolDescriptor("orchestrator_reconnect_test",
            "Ping the connected client",
            "Pings the connected client " + PINGS + " times over the live connection and reports each round trip, "
                    + "the transport, the connected clients and the calls in flight. overall_status is pass when "
                    + "every ping was answered.",
            ToolInput.of(Param.text("session_id", Params.ID_MAX, "Accepted for older prompts; the test is of this "
                    + "connection."),
                    Param.flag("include_buffer_status", "Calls in flight. Default: true."),
                    Param.flag("include_reconnection_stats", "The connection's transport and clients. Default: true.")),
            Shapes.reply("overall_status", STRING, "pings", ARRAY),
            Hints.READ_ONLY);

    @Override
    public ToolDescriptor descriptor() {
        return DESCRIPTOR;
    }

    @Override
    public ToolReply call(Arguments arguments, Caller caller) {
        Connection connection = caller.connection();
        List<Map<String, Object>> pings = new ArrayList<>();
        boolean allAnswered = true;
        for (int i = 0; i < PINGS; i++) {
            Map<String, Object> ping = new LinkedHashMap<>();
            try {
                Duration roundTrip = connection.ping();
                ping.put("answered", true);
                ping.put("round_trip_ms", roundTrip.toNanos() / 1e6);
            } catch (OrchestratorException refused) {
                throw refused;
            } catch (RuntimeException unanswered) {
                allAnswered = false;
                ping.put("answered", false);
                ping.put("error", "the client did not answer the ping");
            }
            pings.add(ping);
        }
        ServerRuntime.Activity activity = connection.activity();
        var reply = ToolReply.with("overall_status", allAnswered ? "pass" : "fail").put("pings", pings);
        if (arguments.flag("include_buffer_status", true)) {
            reply.put("calls_in_flight", activity.callsInFlight());
        }
        if (arguments.flag("include_reconnection_stats", true)) {
            reply.put("transport", activity.transport()).put("connected_clients", activity.connectedClients());
        }
        reply.next("Measured server checks: orchestrator_health_check");
        return reply.text((allAnswered ? "Pass" : "Fail") + ": " + pings.stream().map(p -> Boolean.TRUE.equals(
                p.get("answered")) ? String.format(Locale.ROOT, "%.2f ms", (Double) p.get("round_trip_ms")) : "no answer")
                .reduce((a, b) -> a + ", " + b).orElse("") + " over " + activity.transport() + ".");
    }
}

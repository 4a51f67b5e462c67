package dev.taskorchestrator.mcp.server;

import dev.taskorchestrator.application.port.in.RetrySafeCallUseCase;
import dev.taskorchestrator.application.port.out.RequestLog;
import dev.taskorchestrator.application.service.Orchestrator;
import dev.taskorchestrator.domain.common.OrchestratorException;
import dev.taskorchestrator.mcp.tool.OrchestratorTool;
import dev.taskorchestrator.mcp.tool.ToolReply;
import io.modelcontextprotocol.json.McpJsonMapper;
import io.modelcontextprotocol.json.TypeRef;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.function.Supplier;

/**
 * A tool call made with {@code request_id}, translated onto the core's retry-safe calls: the reply
 * is kept as the client got it (structured content and text), and the call is told apart from
 * another by the tool's name and its arguments in a canonical form (keys sorted), so that a retry
 * that spells the same arguments in another order is still the same call.
 */
final class RetrySafeCalls {

    private static final String REQUEST_ID = "request_id";

    private final Supplier<Orchestrator> orchestrator;
    private final McpJsonMapper json;

    RetrySafeCalls(Supplier<Orchestrator> orchestrator, McpJsonMapper json) {
        this.orchestrator = orchestrator;
        this.json = json;
    }

    /**
     * @param actor who sent the id: ids are unique per actor, so two agents cannot collide
     * @param arguments the arguments as sent, request_id among them
     * @param call the tool's call itself
     */
    ToolReply call(OrchestratorTool tool, String actor, String requestId, Map<String, Object> arguments,
            Supplier<ToolReply> call) {
        RequestLog.Key key = new RequestLog.Key(actor, requestId);
        String fingerprint = fingerprint(tool.descriptor().name(), arguments);
        Supplier<String> run = () -> encode(call.get());
        if (tool.actsOnStoreOnly()) {
            return decode(orchestrator.get().retrySafeCalls().once(new RetrySafeCallUseCase.Call(key, fingerprint, run)));
        }
        // A restart swaps the core: the reply is kept by the core that runs once the call is over.
        Optional<String> kept = orchestrator.get().retrySafeCalls().replay(key, fingerprint);
        return decode(kept.orElseGet(() -> {
            String reply = run.get();
            return orchestrator.get().retrySafeCalls().keep(key, fingerprint, reply);
        }));
    }

    /** The tool and its arguments but the request id, keys sorted at every level, as a SHA-256. */
    String fingerprint(String tool, Map<String, Object> arguments) {
        Map<String, Object> asked = new TreeMap<>(arguments);
        asked.remove(REQUEST_ID);
        try {
            byte[] canonical = json.writeValueAsBytes(List.of(tool, sorted(asked)));
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(canonical));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }

    private static Object sorted(Object value) {
        if (value instanceof Map<?, ?> map) {
            Map<String, Object> ordered = new TreeMap<>();
            map.forEach((key, item) -> ordered.put(String.valueOf(key), sorted(item)));
            return ordered;
        }
        if (value instanceof List<?> list) {
            return list.stream().map(RetrySafeCalls::sorted).toList();
        }
        return value;
    }

    private String encode(ToolReply reply) {
        Map<String, Object> kept = new LinkedHashMap<>();
        kept.put("structured", reply.structured());
        kept.put("text", reply.text());
        try {
            return json.writeValueAsString(kept);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @SuppressWarnings("unchecked")
    private ToolReply decode(String kept) {
        try {
            Map<String, Object> reply = json.readValue(kept.getBytes(StandardCharsets.UTF_8),
                    new TypeRef<Map<String, Object>>() {
                    });
            return new ToolReply((Map<String, Object>) reply.get("structured"), (String) reply.get("text"));
        } catch (IOException | ClassCastException e) {
            throw OrchestratorException.internal("the reply kept for this request_id cannot be read: " + e);
        }
    }
}

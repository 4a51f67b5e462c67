package dev.taskorchestrator.mcp.stdio;

import dev.taskorchestrator.application.port.out.ServerRuntime;
import dev.taskorchestrator.mcp.server.TransportActivity;
import io.modelcontextprotocol.json.McpJsonMapper;
import io.modelcontextprotocol.json.TypeRef;
import io.modelcontextprotocol.spec.McpSchema.JSONRPCMessage;
import io.modelcontextprotocol.spec.McpSchema;
import io.modelcontextprotocol.spec.McpServerSession;
import io.modelcontextprotocol.spec.McpServerTransport;
import io.modelcontextprotocol.spec.McpServerTransportProvider;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicBoolean;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import reactor.core.publisher.Mono;

/**
 * The MCP stdio transport, written on the SDK's transport interfaces because the SDK's own (2.1.0)
 * ends the session on a malformed line, leaves a request sent before initialization waiting
 * forever, and drops responses still due when stdin closes. This one:
 * <ul>
 * <li>answers a line that is not JSON with {@code -32700} and one that is not a JSON-RPC message with
 * {@code -32600}, and goes on reading;</li>
 * <li>answers {@code ping} before initialization and refuses any other request with an error;</li>
 * <li>handles requests one at a time, in the order they arrived;</li>
 * <li>at the end of input takes no new message and waits for the calls already read to write their
 * responses; on {@link #stop} (a signal) it also answers the queued, unstarted ones with an error
 * saying they were not run, so a client never waits for an answer that will not come.</li>
 * </ul>
 * Frames go to the given output, one per line, and nothing else does.
 */
public final class StdioTransport implements McpServerTransportProvider, TransportActivity {

    /**
     * The longest frame read; a longer one is refused rather than buffered. 8 Mi characters, as an
     * HTTP request's 8 MiB: the launcher's heap of 128 MB holds such a frame while it is parsed.
     */
    public static final int MAX_FRAME_CHARS = 8 * 1024 * 1024;

    /** JSON-RPC's range for server-defined errors: the request was received but never run. */
    static final int SHUTTING_DOWN = -32000;

    /** How long answering the queued requests "not run" may take once the drain ran out of time. */
    private static final Duration ABANDON_GRACE = Duration.ofMillis(300);
    private static final String INTERNAL_MESSAGE = "Internal error: the request failed unexpectedly; details are in the"
            + " server's log";

    private static final Logger LOG = LoggerFactory.getLogger(StdioTransport.class);
    private static final TypeRef<Object> ANY = new TypeRef<>() {
    };

    private final InputStream in;
    private final EarlyInitialize early;
    private final AtomicBoolean firstResponse = new AtomicBoolean(true);
    private final FrameWriter writer;
    private final McpJsonMapper json;
    private final LifecycleGate gate = new LifecycleGate();
    private final InFlight inFlight = new InFlight();
    private final AtomicBoolean stopping = new AtomicBoolean();
    private final AtomicBoolean abandoning = new AtomicBoolean();
    private final java.util.concurrent.atomic.AtomicInteger running = new java.util.concurrent.atomic.AtomicInteger();
    private final ExecutorService worker = Executors.newSingleThreadExecutor(runnable -> {
        Thread thread = new Thread(runnable, "mcp-stdio-dispatch");
        thread.setDaemon(true);
        return thread;
    });
    private volatile McpServerSession session;

    private final int maxFrameChars;

    public StdioTransport(InputStream in, OutputStream out, McpJsonMapper json) {
        this(EarlyInitialize.none(in), out, json, MAX_FRAME_CHARS);
    }

    /** Over stdin whose first line {@code early} may have answered already (an {@code initialize}). */
    public StdioTransport(EarlyInitialize early, OutputStream out, McpJsonMapper json) {
        this(early, out, json, MAX_FRAME_CHARS);
    }

    StdioTransport(EarlyInitialize early, OutputStream out, McpJsonMapper json, int maxFrameChars) {
        this.in = early.input();
        this.early = early;
        this.writer = new FrameWriter(out);
        this.json = json;
        this.maxFrameChars = maxFrameChars;
    }

    @Override
    public void setSessionFactory(McpServerSession.Factory sessionFactory) {
        this.session = sessionFactory.create(new SessionTransport());
    }

    /**
     * Reads and dispatches frames until the input ends or {@link #stop} is called, then waits up to
     * {@code drain} for the responses still due. Returns whether every one of them was written.
     */
    public boolean serve(Duration drain) {
        LineReader lines = new LineReader(new InputStreamReader(in, StandardCharsets.UTF_8), maxFrameChars);
        try {
            Optional<LineReader.Line> line;
            while (!stopping.get() && (line = lines.next()).isPresent()) {
                if (!stopping.get()) {
                    accept(line.get());
                }
            }
        } catch (IOException e) {
            LOG.warn("reading stdin failed: {}", e.getMessage());
        }
        stopping.set(true);
        if (inFlight.awaitNone(drain)) {
            return true;
        }
        // Out of time: what is still queued is answered "not run" rather than left without an answer.
        abandoning.set(true);
        inFlight.awaitNone(ABANDON_GRACE);
        return false;
    }

    /**
     * Takes no new message, answers the requests queued but not started with an error saying they
     * were not run, and waits up to {@code drain} for the call running now.
     */
    public boolean stop(Duration drain) {
        abandoning.set(true);
        stopping.set(true);
        return inFlight.awaitNone(drain);
    }

    /**
     * Reads one line. Everything it leads to (an error frame, a gate's answer, the session's
     * handling) runs on one worker in arrival order, so answers come back in the order asked and a
     * pipelined {@code initialize_session} then {@code plan_task} behave as if sent one after the
     * other. Only a response from the client is handed over at once, so that a tool waiting on the
     * client can never block its own answer.
     */
    private void accept(LineReader.Line line) {
        if (line.text().isBlank() && !line.tooLong()) {
            return;
        }
        Inbound inbound = read(line);
        if (inbound.message() instanceof McpSchema.JSONRPCResponse response) {
            handOver(response);
            return;
        }
        inFlight.begin();
        worker.execute(() -> {
            try {
                if (abandoning.get()) {
                    abandon(inbound);
                } else if (inbound.message() != null) {
                    running.incrementAndGet();
                    try {
                        route(inbound.message());
                    } finally {
                        running.decrementAndGet();
                    }
                } else {
                    writeError(inbound.errorId(), inbound.errorCode(), inbound.errorMessage());
                }
            } catch (RuntimeException failure) {
                LOG.warn("handling a message failed: {}", failure.toString());
            } finally {
                inFlight.end();
            }
        });
    }

    /** A line read: a message, or the error to answer it with. */
    private record Inbound(JSONRPCMessage message, Object errorId, int errorCode, String errorMessage) {
        static Inbound of(JSONRPCMessage message) {
            return new Inbound(message, null, 0, null);
        }

        static Inbound refused(Object id, int code, String message) {
            return new Inbound(null, id, code, message);
        }
    }

    private Inbound read(LineReader.Line line) {
        if (line.tooLong()) {
            return Inbound.refused(null, McpSchema.ErrorCodes.INVALID_REQUEST,
                    "Invalid Request: a message may be at most " + maxFrameChars + " characters");
        }
        Object parsed;
        try {
            parsed = json.readValue(line.text(), ANY);
        } catch (IOException | RuntimeException notJson) {
            return Inbound.refused(null, McpSchema.ErrorCodes.PARSE_ERROR, "Parse error: the line is not valid JSON");
        }
        if (!(parsed instanceof Map<?, ?> frame)) {
            return Inbound.refused(null, McpSchema.ErrorCodes.INVALID_REQUEST,
                    "Invalid Request: expected one JSON-RPC message object (batches are not supported)");
        }
        try {
            return Inbound.of(classify(frame));
        } catch (RuntimeException invalid) {
            Object id = frame.get("id");
            return Inbound.refused(id instanceof String || id instanceof Number ? id : null,
                    McpSchema.ErrorCodes.INVALID_REQUEST,
                    "Invalid Request: not a JSON-RPC 2.0 request, notification or response");
        }
    }

    private JSONRPCMessage classify(Map<?, ?> frame) {
        if (frame.get("method") instanceof String) {
            return frame.containsKey("id") ? json.convertValue(frame, McpSchema.JSONRPCRequest.class)
                    : json.convertValue(frame, McpSchema.JSONRPCNotification.class);
        }
        if (frame.containsKey("id") && (frame.containsKey("result") || frame.containsKey("error"))) {
            return json.convertValue(frame, McpSchema.JSONRPCResponse.class);
        }
        throw new IllegalArgumentException("unknown message shape");
    }

    private void route(JSONRPCMessage message) {
        if (message instanceof McpSchema.JSONRPCRequest request) {
            switch (gate.judgeRequest(request.method())) {
                case ANSWER_PING -> {
                    writeFrame(McpSchema.JSONRPCResponse.result(request.id(), Map.of()));
                    return;
                }
                case REFUSE -> {
                    writeError(request.id(), McpSchema.ErrorCodes.INVALID_REQUEST, "Invalid Request: '"
                            + request.method() + "' before initialization; send initialize, then "
                            + LifecycleGate.INITIALIZED + ", first");
                    return;
                }
                case PASS -> {
                }
            }
        } else if (message instanceof McpSchema.JSONRPCNotification notification) {
            gate.noticeNotification(notification.method());
        }
        McpServerSession current = session;
        if (current == null) {
            LOG.warn("a message arrived before the server was ready; dropped");
            return;
        }
        current.handle(message).block();
    }

    private void abandon(Inbound inbound) {
        if (inbound.message() instanceof McpSchema.JSONRPCRequest request) {
            writeError(request.id(), SHUTTING_DOWN, "the server is shutting down; this request was not run");
        }
    }

    private void handOver(McpSchema.JSONRPCResponse response) {
        McpServerSession current = session;
        if (current != null) {
            current.handle(response).subscribe(null, failure -> LOG.warn("a client response failed: {}", failure.toString()));
        }
    }

    private void writeError(Object id, int code, String message) {
        Map<String, Object> error = new LinkedHashMap<>();
        error.put("code", code);
        error.put("message", message);
        Map<String, Object> frame = new LinkedHashMap<>();
        frame.put("jsonrpc", McpSchema.JSONRPC_VERSION);
        frame.put("id", id);
        frame.put("error", error);
        writeFrame(frame);
    }

    private void writeFrame(Object frame) {
        String text;
        try {
            text = json.writeValueAsString(frame);
        } catch (IOException | RuntimeException e) {
            LOG.error("a frame could not be serialized", e);
            if (frame instanceof McpSchema.JSONRPCResponse response) {
                writeError(response.id(), McpSchema.ErrorCodes.INTERNAL_ERROR, INTERNAL_MESSAGE);
            }
            return;
        }
        if (!writer.write(text)) {
            LOG.debug("stdout is closed; a frame was not written");
        }
    }

    /**
     * The SDK answers a failure it did not expect (malformed {@code params}, say) with the
     * exception's message and its chain of causes; a client gets a plain internal error instead,
     * and the details go to the log. Our own errors carry their structured error as data and pass.
     */
    private Object withoutInternals(JSONRPCMessage message) {
        if (message instanceof McpSchema.JSONRPCResponse response && response.error() != null
                && response.error().code() == McpSchema.ErrorCodes.INTERNAL_ERROR
                && !(response.error().data() instanceof Map<?, ?> data && data.containsKey("code"))) {
            LOG.warn("request {} failed: {} {}", response.id(), response.error().message(), response.error().data());
            return McpSchema.JSONRPCResponse.error(response.id(),
                    new McpSchema.JSONRPCResponse.JSONRPCError(McpSchema.ErrorCodes.INTERNAL_ERROR, INTERNAL_MESSAGE, null));
        }
        return message;
    }

    /**
     * Whether this is the SDK's reply to an {@code initialize} that {@link EarlyInitialize} answered
     * before the server was built: the client has its reply, and a second one would break JSON-RPC.
     * Only the session's first response can be. A test holds the two replies equal; should they
     * ever differ here, the log says so.
     */
    private boolean answeredEarly(JSONRPCMessage message) {
        if (!(message instanceof McpSchema.JSONRPCResponse response) || !firstResponse.getAndSet(false)) {
            return false;
        }
        Optional<String> sent = early.answered(response.id());
        sent.filter(reply -> !sameJson(reply, response))
                .ifPresent(reply -> LOG.warn("initialize was answered before the server was built with {}, but the"
                        + " SDK answers {}", reply, response));
        return sent.isPresent();
    }

    private boolean sameJson(String text, Object value) {
        try {
            return json.readValue(text, ANY).equals(json.convertValue(value, ANY));
        } catch (IOException | RuntimeException unreadable) {
            return false;
        }
    }

    /**
     * Calls being handled now, the asking one included; stdio has exactly one client, the process
     * that started this one. Calls queued behind the asking one are not in flight: they start only
     * after it (one worker), so waiting for them from inside a call could never end.
     */
    @Override
    public ServerRuntime.Activity activity() {
        return new ServerRuntime.Activity(running.get(), stopping.get() ? 0 : 1, "stdio");
    }

    @Override
    public Mono<Void> notifyClients(String method, Object params) {
        McpServerSession current = session;
        return current == null ? Mono.empty() : current.sendNotification(method, params);
    }

    @Override
    public Mono<Void> closeGracefully() {
        return Mono.fromRunnable(() -> stopping.set(true));
    }

    /** The session's side: what the SDK sends goes out as a frame at once. */
    private final class SessionTransport implements McpServerTransport {

        @Override
        public Mono<Void> sendMessage(JSONRPCMessage message) {
            return Mono.fromRunnable(() -> {
                if (!answeredEarly(message)) {
                    writeFrame(withoutInternals(message));
                }
            });
        }

        @Override
        public <T> T unmarshalFrom(Object data, TypeRef<T> typeRef) {
            return json.convertValue(data, typeRef);
        }

        @Override
        public Mono<Void> closeGracefully() {
            return Mono.fromRunnable(() -> stopping.set(true));
        }

        @Override
        public void close() {
            stopping.set(true);
        }
    }
}

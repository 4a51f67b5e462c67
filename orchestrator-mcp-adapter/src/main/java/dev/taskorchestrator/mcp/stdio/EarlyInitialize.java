package dev.taskorchestrator.mcp.stdio;

import dev.taskorchestrator.mcp.server.OrchestratorMcpServer;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.SequenceInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.JsonParser;
import tools.jackson.core.json.JsonFactory;

/**
 * Answers a client's {@code initialize} while the server is still being built. A client spawns
 * the server and waits for that reply before anything else; building the SDK server, its JSON
 * mapper and its tools takes most of a start, and none of it changes the reply, which is the
 * server's name, version, capabilities and instructions, and the protocol version agreed.
 *
 * <p>A thread reads the first line of stdin at once. If it is a plain {@code initialize} request it
 * is answered here, with nothing but the streaming parser and generator, and the line is still
 * handed to the transport, which gives it to the SDK session (the session must see it to learn
 * the client and move on to initialized); the SDK's own reply to it is then dropped
 * ({@link #answered}). Anything else on the first line, or an {@code initialize} of a shape this
 * class does not check as the SDK would, is left to the SDK alone. A test holds the reply written
 * here to the SDK's for the same request.
 *
 * <p>Thread-safety: the reply is written and flushed before {@link #input()} yields a byte, and the
 * transport writes nothing before it has read a line, so the two never write at once.
 */
public final class EarlyInitialize {

    /** The protocol versions the SDK agrees to, oldest first; a client asking for another gets the last. */
    static final List<String> PROTOCOL_VERSIONS = List.of("2024-11-05", "2025-03-26", "2025-06-18", "2025-11-25");
    /** An {@code initialize} is a few hundred bytes; a longer first line is the SDK's to read. */
    static final int FIRST_LINE_LIMIT = 64 * 1024;

    private static final JsonFactory JSON = new JsonFactory();

    private final InputStream in;
    private final CompletableFuture<Optional<Answered>> first = new CompletableFuture<>();
    private final CompletableFuture<byte[]> read = new CompletableFuture<>();

    private EarlyInitialize(InputStream in) {
        this.in = in;
    }

    /** Starts reading the first line of {@code in} and answers it on {@code out} if it is an initialize. */
    public static EarlyInitialize answering(InputStream in, OutputStream out, String serverName, String serverVersion) {
        EarlyInitialize early = new EarlyInitialize(in);
        Thread reader = new Thread(() -> early.answerFirstLine(out, serverName, serverVersion), "mcp-stdio-initialize");
        reader.setDaemon(true);
        reader.start();
        return early;
    }

    /** Answers nothing: the input as it is, every message for the SDK. */
    public static EarlyInitialize none(InputStream in) {
        EarlyInitialize early = new EarlyInitialize(in);
        early.first.complete(Optional.empty());
        early.read.complete(new byte[0]);
        return early;
    }

    /** stdin for the transport: the bytes read here, then the rest; a read waits until the first line is answered. */
    public InputStream input() {
        return new InputStream() {
            private InputStream rest;

            @Override
            public int read() throws IOException {
                return stream().read();
            }

            @Override
            public int read(byte[] buffer, int offset, int length) throws IOException {
                return stream().read(buffer, offset, length);
            }

            @Override
            public void close() throws IOException {
                in.close();
            }

            private InputStream stream() {
                if (rest == null) {
                    rest = new SequenceInputStream(new ByteArrayInputStream(read.join()), in);
                }
                return rest;
            }
        };
    }

    /**
     * The reply written here to the request with this id, if the first line was that request and
     * was answered here; the SDK's reply to it is then a second one, not to be sent.
     */
    Optional<String> answered(Object id) {
        return first.join().filter(answered -> answered.id().equals(idText(id))).map(Answered::reply);
    }

    private void answerFirstLine(OutputStream out, String serverName, String serverVersion) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        Optional<Answered> answered = Optional.empty();
        try {
            int newline = readFirstLine(bytes);
            if (newline >= 0) {
                answered = initialize(bytes.toByteArray(), newline).map(request -> new Answered(idText(request.rawId()),
                        request.reply(serverName, serverVersion)));
                if (answered.isPresent()) {
                    out.write(answered.get().reply().getBytes(StandardCharsets.UTF_8));
                    out.write('\n');
                    out.flush();
                }
            }
        } catch (IOException | RuntimeException unanswered) {
            // stdin or stdout failed, or the line is odd: the transport meets the same and the SDK answers
            answered = Optional.empty();
        } finally {
            first.complete(answered);
            read.complete(bytes.toByteArray());
        }
    }

    /** Reads until a newline or the limit; returns the newline's index, or -1. Every byte read is kept. */
    private int readFirstLine(ByteArrayOutputStream bytes) throws IOException {
        byte[] chunk = new byte[4096];
        while (bytes.size() < FIRST_LINE_LIMIT) {
            int count = in.read(chunk);
            if (count < 0) {
                return -1;
            }
            int before = bytes.size();
            bytes.write(chunk, 0, count);
            for (int i = 0; i < count; i++) {
                if (chunk[i] == '\n') {
                    return before + i;
                }
            }
        }
        return -1;
    }

    /** The request if the line is an initialize of the plain shape checked here. */
    static Optional<Request> initialize(byte[] line, int length) {
        try (JsonParser parser = JSON.createParser(line, 0, length)) {
            return new FirstLine(parser).request();
        } catch (JacksonException | IllegalStateException notPlain) {
            return Optional.empty();
        }
    }

    /** Text that names a JSON-RPC id whatever its Java type: a number's digits, a string quoted. */
    static String idText(Object id) {
        return id instanceof String text ? '"' + text + '"' : String.valueOf(id);
    }

    /** The first line's request, answered here: its id (as {@link #idText}) and the reply written. */
    private record Answered(String id, String reply) {
    }

    /** An initialize request read from the first line: its id as sent and the protocol version asked. */
    record Request(Object rawId, String protocolVersion) {

        /** The SDK's choice: the version asked if it speaks it, else its newest. */
        String agreedVersion() {
            return PROTOCOL_VERSIONS.contains(protocolVersion) ? protocolVersion
                    : PROTOCOL_VERSIONS.get(PROTOCOL_VERSIONS.size() - 1);
        }

        /** The reply the SDK would give, as one line of JSON. */
        String reply(String serverName, String serverVersion) {
            ByteArrayOutputStream text = new ByteArrayOutputStream();
            try (JsonGenerator out = JSON.createGenerator(text)) {
                out.writeStartObject();
                out.writeStringProperty("jsonrpc", "2.0");
                out.writeName("id");
                if (rawId instanceof String string) {
                    out.writeString(string);
                } else {
                    out.writeNumber(rawId.toString());
                }
                out.writeObjectPropertyStart("result");
                out.writeStringProperty("protocolVersion", agreedVersion());
                out.writeObjectPropertyStart("capabilities");
                out.writeObjectPropertyStart("completions").writeEndObject();
                out.writeObjectPropertyStart("logging").writeEndObject();
                out.writeObjectPropertyStart("prompts").writeBooleanProperty("listChanged", false).writeEndObject();
                out.writeObjectPropertyStart("resources").writeBooleanProperty("subscribe", false)
                        .writeBooleanProperty("listChanged", false).writeEndObject();
                out.writeObjectPropertyStart("tools").writeBooleanProperty("listChanged", false).writeEndObject();
                out.writeEndObject();
                out.writeObjectPropertyStart("serverInfo");
                out.writeStringProperty("name", serverName);
                out.writeStringProperty("version", serverVersion);
                out.writeEndObject();
                out.writeStringProperty("instructions", OrchestratorMcpServer.INSTRUCTIONS);
                out.writeEndObject();
                out.writeEndObject();
            }
            return text.toString(StandardCharsets.UTF_8);
        }
    }
}

package dev.taskorchestrator.cli.boot;

import dev.taskorchestrator.mcp.stdio.EarlyInitialize;
import java.io.BufferedOutputStream;
import java.io.FileDescriptor;
import java.io.FileInputStream;
import java.io.FileOutputStream;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;

/**
 * The only class that touches the process's standard streams. When the MCP server runs over
 * stdio, stdout is the protocol channel, so every other class writes to what it is given.
 */
final class StandardStreams {

    private static final int FRAME_BUFFER = 64 * 1024;

    private StandardStreams() {
    }

    static PrintWriter out() {
        return new PrintWriter(new OutputStreamWriter(System.out, StandardCharsets.UTF_8), true);
    }

    static InputStream in() {
        return System.in;
    }

    static PrintWriter err() {
        return new PrintWriter(new OutputStreamWriter(System.err, StandardCharsets.UTF_8), true);
    }

    /**
     * Hands the real stdout to the MCP protocol and points {@code System.out} at stderr from then on,
     * so that nothing printed by accident, by us or by a library, can ever corrupt a frame.
     */
    static ProtocolStreams takeForProtocol() {
        return new ProtocolStreams(EarlyInitialize.none(new FileInputStream(FileDescriptor.in)), protocolOut());
    }

    /**
     * The same, and a client's {@code initialize} on stdin is answered at once, while the server is
     * still being built ({@link EarlyInitialize}).
     */
    static ProtocolStreams answeringInitialize(String serverName, String serverVersion) {
        OutputStream out = protocolOut();
        return new ProtocolStreams(EarlyInitialize.answering(new FileInputStream(FileDescriptor.in), out, serverName,
                serverVersion), out);
    }

    private static OutputStream protocolOut() {
        System.out.flush();
        System.setOut(System.err);
        // The raw descriptor, not a PrintStream: a PrintStream swallows the error of a closed pipe.
        return new BufferedOutputStream(new FileOutputStream(FileDescriptor.out), FRAME_BUFFER);
    }

    /** The streams the stdio transport owns: stdin, perhaps with its first line answered, and stdout. */
    record ProtocolStreams(EarlyInitialize in, OutputStream out) {
    }
}

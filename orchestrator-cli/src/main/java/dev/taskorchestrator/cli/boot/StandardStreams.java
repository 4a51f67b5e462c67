package dev.taskorchestrator.cli.boot;

import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;

/**
 * The only class that touches the process's standard streams. When the MCP server runs over
 * stdio, stdout is the protocol channel, so every other class writes to what it is given.
 */
final class StandardStreams {

    private StandardStreams() {
    }

    static PrintWriter out() {
        return new PrintWriter(new OutputStreamWriter(System.out, StandardCharsets.UTF_8), true);
    }

    static PrintWriter err() {
        return new PrintWriter(new OutputStreamWriter(System.err, StandardCharsets.UTF_8), true);
    }
}

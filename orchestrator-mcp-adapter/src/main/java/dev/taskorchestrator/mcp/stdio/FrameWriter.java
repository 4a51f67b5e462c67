package dev.taskorchestrator.mcp.stdio;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;

/**
 * Writes one JSON-RPC frame per line to the protocol stream, whole and flushed, one frame at a
 * time: frames written by concurrent tool calls never interleave.
 */
final class FrameWriter {

    private final OutputStream out;
    private boolean broken;

    FrameWriter(OutputStream out) {
        this.out = out;
    }

    /** Writes the frame; returns false if the stream is gone (the client closed it). */
    synchronized boolean write(String json) {
        if (broken) {
            return false;
        }
        try {
            out.write(json.getBytes(StandardCharsets.UTF_8));
            out.write('\n');
            out.flush();
            return true;
        } catch (IOException closed) {
            broken = true;
            return false;
        }
    }
}

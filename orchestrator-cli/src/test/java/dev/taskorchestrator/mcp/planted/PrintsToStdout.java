package dev.taskorchestrator.mcp.planted;

/** Planted violation: a stray println that would corrupt the stdio protocol channel. */
public class PrintsToStdout {
    public void debug(String message) {
        System.out.println(message);
    }
}

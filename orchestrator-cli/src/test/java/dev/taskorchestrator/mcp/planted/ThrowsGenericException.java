package dev.taskorchestrator.mcp.planted;

/** Planted violation: a generic exception instead of the error family. */
public class ThrowsGenericException {
    public void fail() {
        throw new RuntimeException("planted");
    }
}

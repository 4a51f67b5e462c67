package dev.taskorchestrator.mcp.planted;

import java.util.logging.Logger;

/** Planted violation: java.util.logging instead of the project's logging. */
public class LogsWithJul {
    private static final Logger LOG = Logger.getLogger("planted");

    public void log() {
        LOG.info("planted");
    }
}

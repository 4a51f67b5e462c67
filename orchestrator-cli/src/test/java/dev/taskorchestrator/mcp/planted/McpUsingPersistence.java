package dev.taskorchestrator.mcp.planted;

import dev.taskorchestrator.persistence.ids.TimeOrderedIdGenerator;

/** Planted violation: one adapter using another. */
public class McpUsingPersistence {
    public Object ids() {
        return TimeOrderedIdGenerator.systemDefault();
    }
}

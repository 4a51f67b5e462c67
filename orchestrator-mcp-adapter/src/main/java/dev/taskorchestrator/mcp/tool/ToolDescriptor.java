package dev.taskorchestrator.mcp.tool;

import dev.taskorchestrator.wire.input.Params;
import dev.taskorchestrator.wire.input.ToolInput;
import java.util.Map;
import java.util.Objects;

/**
 * What {@code tools/list} shows of a tool. The hints are the MCP annotations; no tool of ours
 * reaches outside the orchestrator's own store, so open-world is always false. A tool that is not
 * read-only takes {@code request_id} besides its own parameters, added here for every one of them.
 */
public record ToolDescriptor(String name, String title, String description, ToolInput input,
        Map<String, Object> outputSchema, Hints hints) {

    public ToolDescriptor {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(description, "description");
        Objects.requireNonNull(input, "input");
        outputSchema = Map.copyOf(outputSchema);
        Objects.requireNonNull(hints, "hints");
        if (!hints.readOnly() && input.params().stream().noneMatch(p -> p.name().equals(Params.REQUEST_ID.name()))) {
            input = input.with(Params.REQUEST_ID);
        }
    }

    /** How a client may treat a call: whether it only reads, may destroy, and may be repeated safely. */
    public enum Hints {
        READ_ONLY(true, false, true),
        CREATES(false, false, false),
        CHANGES(false, false, false),
        CHANGES_IDEMPOTENT(false, false, true),
        DESTROYS(false, true, false),
        DESTROYS_IDEMPOTENT(false, true, true);

        private final boolean readOnly;
        private final boolean destructive;
        private final boolean idempotent;

        Hints(boolean readOnly, boolean destructive, boolean idempotent) {
            this.readOnly = readOnly;
            this.destructive = destructive;
            this.idempotent = idempotent;
        }

        public boolean readOnly() {
            return readOnly;
        }

        public boolean destructive() {
            return destructive;
        }

        public boolean idempotent() {
            return idempotent;
        }
    }
}

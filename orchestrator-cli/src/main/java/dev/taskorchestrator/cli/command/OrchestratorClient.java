package dev.taskorchestrator.cli.command;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * What the commands need of the orchestrator: the MCP server's own tools and resources, called
 * in-process, so that the terminal and an agent get the same answers in the same shapes. Refusals
 * come back as {@code OrchestratorException}.
 */
public interface OrchestratorClient {

    Reply call(String tool, Map<String, Object> arguments);

    /** A JSON resource such as {@code orchestrator://tasks/{id}}, as an object. */
    Map<String, Object> read(String uri);

    /** A value as JSON text, as the server writes it. */
    String json(Object value);

    /** JSON text that must be one object (a plan file, say); the error names {@code field} otherwise. */
    Map<String, Object> parseObject(String text, String field);

    /** A tool's structured content and its short text rendering. */
    record Reply(Map<String, Object> structured, String text) {
        public Reply {
            // Kept in the tool's order: --json prints the fields as the MCP server does.
            structured = Collections.unmodifiableMap(new LinkedHashMap<>(structured));
        }
    }
}

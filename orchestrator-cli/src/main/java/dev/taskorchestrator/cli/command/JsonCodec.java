package dev.taskorchestrator.cli.command;

import java.util.Map;

/** JSON text for the command line: the published documents as {@code --json} prints them, and files people write. */
public interface JsonCodec {

    /** A document on one line, exactly as the MCP server writes its structured content. */
    String write(Object document);

    /** For a file a person reads and edits: two-space indentation, keys in their order. */
    String pretty(Object document);

    /** Text that must be one JSON object (a plan file, a client's configuration); the error names {@code field}. */
    Map<String, Object> readObject(String text, String field);
}

package dev.taskorchestrator.cli.command;

import java.nio.file.Path;
import java.util.Optional;

/**
 * The options every command takes (given before or after the command's name): where the
 * workspace and its database are, and how to print.
 */
public final class GlobalOptions {

    private Path workspace;
    private String db;
    private boolean json;
    private boolean noColor;
    private String requestId;

    public Optional<Path> workspace() {
        return Optional.ofNullable(workspace);
    }

    public Optional<String> db() {
        return Optional.ofNullable(db);
    }

    public boolean json() {
        return json;
    }

    public boolean noColor() {
        return noColor;
    }

    /** The id that makes this command retry-safe, if one was given. */
    public Optional<String> requestId() {
        return Optional.ofNullable(requestId);
    }

    void requestId(String value) {
        requestId = value;
    }

    void workspace(Path value) {
        workspace = value;
    }

    void db(String value) {
        db = value;
    }

    void json(boolean value) {
        json = value;
    }

    void noColor(boolean value) {
        noColor = value;
    }
}

package dev.taskorchestrator.cli.command.planted;

import dev.taskorchestrator.persistence.DatabaseSettings;
import java.nio.file.Path;

/** Planted violation: a command that opens the database itself instead of being given its use case. */
public class CommandOpeningTheDatabase {
    public String url(Path workspace) {
        return DatabaseSettings.forWorkspace(workspace).jdbcUrl();
    }
}

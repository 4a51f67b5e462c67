package dev.taskorchestrator.cli.command;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/** What {@code init} needs to know of the machine: the workspace, how this server is started, the home folder. */
public interface Installation {

    /** Resolves the workspace and creates its {@code .task_orchestrator} folder; returns the workspace. */
    Path prepareWorkspace(Optional<Path> workspace);

    /** The command that starts this orchestrator: the launcher if there is one, else {@code java -jar …}. */
    List<String> serverCommand();

    Path home();

    /** {@code mac}, {@code windows} or {@code linux}. */
    String operatingSystem();
}

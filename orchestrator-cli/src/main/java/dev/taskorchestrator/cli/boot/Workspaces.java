package dev.taskorchestrator.cli.boot;

import dev.taskorchestrator.domain.common.OrchestratorException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;

/**
 * Finds the workspace: the one given, else {@code ORCHESTRATOR_WORKSPACE}, else the git root above
 * the current directory, else the current directory. A given one must be an existing directory.
 */
final class Workspaces {

    static final String ENVIRONMENT_VARIABLE = "ORCHESTRATOR_WORKSPACE";

    private Workspaces() {
    }

    static Path resolve(Optional<Path> given, Map<String, String> environment, Path currentDirectory) {
        Optional<Path> named = given.or(() -> Optional.ofNullable(environment.get(ENVIRONMENT_VARIABLE))
                .filter(value -> !value.isBlank()).map(Path::of));
        if (named.isPresent()) {
            Path workspace = named.get().toAbsolutePath().normalize();
            if (!Files.isDirectory(workspace)) {
                throw OrchestratorException.invalid("workspace", "workspace " + workspace
                        + " is not a directory; give an existing folder with --workspace or " + ENVIRONMENT_VARIABLE);
            }
            return workspace;
        }
        Path current = currentDirectory.toAbsolutePath().normalize();
        for (Path dir = current; dir != null; dir = dir.getParent()) {
            if (Files.exists(dir.resolve(".git"))) {
                return dir;
            }
        }
        return current;
    }
}

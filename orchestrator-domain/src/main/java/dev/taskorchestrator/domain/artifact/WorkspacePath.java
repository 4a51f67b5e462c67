package dev.taskorchestrator.domain.artifact;

import dev.taskorchestrator.domain.common.Checks;
import dev.taskorchestrator.domain.common.ErrorCode;
import dev.taskorchestrator.domain.common.OrchestratorException;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.List;

/**
 * A path a client named, normalized and proven to stay inside the workspace; kept relative, with
 * forward slashes, so it means the same on every machine of a team. Pure path arithmetic: the
 * file system is never touched.
 */
public record WorkspacePath(String value) {

    public WorkspacePath {
        value = Checks.text(value, "file_paths", 1, 4096);
    }

    public static WorkspacePath resolve(String workspace, String clientPath, String field) {
        Checks.required(clientPath, field);
        try {
            Path root = Path.of(workspace).toAbsolutePath().normalize();
            Path target = root.resolve(clientPath.strip()).normalize();
            if (!target.startsWith(root) || target.equals(root)) {
                throw outside(field, clientPath);
            }
            return new WorkspacePath(root.relativize(target).toString().replace('\\', '/'));
        } catch (InvalidPathException invalid) {
            throw OrchestratorException.invalid(field, field + " '" + clientPath + "' is not a valid path: " + invalid.getReason());
        }
    }

    private static OrchestratorException outside(String field, String clientPath) {
        return new OrchestratorException(ErrorCode.INVALID_ARGUMENT,
                field + " '" + clientPath + "' is outside the workspace; give a path inside it", field,
                List.of("a path inside the workspace"));
    }

    @Override
    public String toString() {
        return value;
    }
}

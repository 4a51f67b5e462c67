package dev.taskorchestrator.persistence;

import dev.taskorchestrator.domain.common.OrchestratorException;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Where the orchestrator keeps its data: the embedded SQLite file of a workspace (the default),
 * or a PostgreSQL database that a team's servers share.
 */
public record DatabaseSettings(Kind kind, String jdbcUrl, Optional<Path> sqliteFile, Optional<String> user,
        Optional<String> password) {

    /** The folder inside a workspace that holds the orchestrator's files. */
    public static final String WORKSPACE_FOLDER = ".task_orchestrator";
    public static final String SQLITE_FILE = "orchestrator.db";

    public enum Kind { SQLITE, POSTGRESQL }

    public DatabaseSettings {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(jdbcUrl, "jdbcUrl");
        Objects.requireNonNull(sqliteFile, "sqliteFile");
        Objects.requireNonNull(user, "user");
        Objects.requireNonNull(password, "password");
    }

    /** The workspace's own database: {@code <workspace>/.task_orchestrator/orchestrator.db}. */
    public static DatabaseSettings forWorkspace(Path workspace) {
        return sqliteFile(workspace.resolve(WORKSPACE_FOLDER).resolve(SQLITE_FILE));
    }

    public static DatabaseSettings sqliteFile(Path file) {
        Path absolute = file.toAbsolutePath().normalize();
        return new DatabaseSettings(Kind.SQLITE, "jdbc:sqlite:" + absolute, Optional.of(absolute), Optional.empty(),
                Optional.empty());
    }

    /**
     * A database named by a JDBC URL: {@code jdbc:postgresql://host/db} (credentials in the URL or
     * given here) or {@code jdbc:sqlite:/path/file.db}.
     */
    public static DatabaseSettings fromUrl(String url, Optional<String> user, Optional<String> password) {
        String trimmed = url == null ? "" : url.strip();
        if (trimmed.startsWith("jdbc:postgresql:")) {
            return new DatabaseSettings(Kind.POSTGRESQL, trimmed, Optional.empty(), user, password);
        }
        if (trimmed.startsWith("jdbc:sqlite:") && trimmed.length() > "jdbc:sqlite:".length()) {
            return sqliteFile(Path.of(trimmed.substring("jdbc:sqlite:".length())));
        }
        throw OrchestratorException.invalid("db", "db '" + trimmed + "' is not a database this orchestrator can use;"
                + " give jdbc:postgresql://host:port/database or jdbc:sqlite:/path/to/file.db",
                List.of("jdbc:postgresql://host:port/database", "jdbc:sqlite:/path/to/file.db"));
    }

    /** The URL without credentials, for messages and logs. */
    public String displayUrl() {
        return jdbcUrl.replaceAll("(?i)(password=)[^&]*", "$1***");
    }
}

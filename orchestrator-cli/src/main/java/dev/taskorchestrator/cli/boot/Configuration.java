package dev.taskorchestrator.cli.boot;

import dev.taskorchestrator.application.service.OrchestratorSettings;
import dev.taskorchestrator.domain.common.OrchestratorException;
import dev.taskorchestrator.persistence.DatabaseSettings;
import java.nio.file.Path;
import java.time.Duration;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * What the options and the environment configure, read one way for {@code serve} and for every
 * other command: a command run in a terminal sees the same store, and judges staleness the same
 * way, as the server the agent talks to.
 */
final class Configuration {

    static final String DATABASE_VARIABLE = "ORCHESTRATOR_DB";
    static final String STALE_AFTER_VARIABLE = "ORCHESTRATOR_STALE_AFTER";

    private Configuration() {
    }

    /** The database URL {@code --db} names, else {@code ORCHESTRATOR_DB}; empty for the workspace's own file. */
    static Optional<String> databaseUrl(Optional<String> option, Map<String, String> environment) {
        return option.or(() -> Optional.ofNullable(environment.get(DATABASE_VARIABLE)).filter(url -> !url.isBlank()));
    }

    /** The database at {@code url}, or the workspace's own SQLite file. */
    static DatabaseSettings database(Path workspace, Optional<String> url) {
        return url.map(named -> DatabaseSettings.fromUrl(named, Optional.empty(), Optional.empty()))
                .orElseGet(() -> DatabaseSettings.forWorkspace(workspace));
    }

    /**
     * The core's tunables: {@code ORCHESTRATOR_STALE_AFTER} (an ISO-8601 duration such as P7D) sets
     * how long open work may go unchanged before maintenance calls it stale.
     */
    static OrchestratorSettings tunables(Map<String, String> environment) {
        String staleAfter = environment.getOrDefault(STALE_AFTER_VARIABLE, "").strip();
        if (staleAfter.isEmpty()) {
            return OrchestratorSettings.defaults();
        }
        Duration duration;
        try {
            duration = Duration.parse(staleAfter);
        } catch (DateTimeParseException e) {
            duration = Duration.ZERO;
        }
        if (duration.isZero() || duration.isNegative()) {
            throw OrchestratorException.invalid(STALE_AFTER_VARIABLE, STALE_AFTER_VARIABLE + " '" + staleAfter
                    + "' is not a positive ISO-8601 duration", List.of("P7D", "PT12H", "PT30S"));
        }
        return new OrchestratorSettings(OrchestratorSettings.DEFAULT_LEASE, OrchestratorSettings.DEFAULT_RANKING_WINDOW,
                Map.of(OrchestratorSettings.DEFAULT_STALE_ROLE, duration));
    }
}

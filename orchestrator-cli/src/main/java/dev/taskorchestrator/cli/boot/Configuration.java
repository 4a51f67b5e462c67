package dev.taskorchestrator.cli.boot;

import dev.taskorchestrator.application.service.OrchestratorSettings;
import dev.taskorchestrator.domain.common.OrchestratorException;
import dev.taskorchestrator.domain.role.SpecialistRole;
import dev.taskorchestrator.mcp.tool.OrchestratorTools;
import dev.taskorchestrator.mcp.tool.ToolProfile;
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
    static final String LEASE_VARIABLE = "ORCHESTRATOR_LEASE";
    static final String TOOLS_VARIABLE = "ORCHESTRATOR_TOOLS";

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
     * how long open work may go unchanged before maintenance calls it stale; {@code
     * ORCHESTRATOR_LEASE} (such as PT30M) how long a claim lasts without a call on its task, after
     * which another agent may take the task (a crashed agent's work comes back that soon).
     */
    /** The tools a server offers: {@code --tools}, else {@code ORCHESTRATOR_TOOLS}, else all of them. */
    static ToolProfile tools(Optional<String> option, Map<String, String> environment, List<SpecialistRole> roles) {
        Optional<String> variable = Optional.ofNullable(environment.get(TOOLS_VARIABLE)).filter(v -> !v.isBlank());
        return option.or(() -> variable)
                .map(spec -> ToolProfile.parse(spec, option.isPresent() ? "tools" : TOOLS_VARIABLE,
                        OrchestratorTools.names(roles)))
                .orElseGet(ToolProfile::all);
    }

    static OrchestratorSettings tunables(Map<String, String> environment) {
        Optional<Duration> staleAfter = positiveDuration(environment, STALE_AFTER_VARIABLE);
        Optional<Duration> lease = positiveDuration(environment, LEASE_VARIABLE);
        if (staleAfter.isEmpty() && lease.isEmpty()) {
            return OrchestratorSettings.defaults();
        }
        return new OrchestratorSettings(lease.orElse(OrchestratorSettings.DEFAULT_LEASE),
                OrchestratorSettings.DEFAULT_RANKING_WINDOW, staleAfter
                        .map(duration -> Map.of(OrchestratorSettings.DEFAULT_STALE_ROLE, duration))
                        .orElse(OrchestratorSettings.DEFAULT_STALE_AFTER));
    }

    static Optional<Duration> positiveDuration(Map<String, String> environment, String variable) {
        String text = environment.getOrDefault(variable, "").strip();
        if (text.isEmpty()) {
            return Optional.empty();
        }
        Duration duration;
        try {
            duration = Duration.parse(text);
        } catch (DateTimeParseException e) {
            duration = Duration.ZERO;
        }
        if (duration.isZero() || duration.isNegative()) {
            throw OrchestratorException.invalid(variable, variable + " '" + text
                    + "' is not a positive ISO-8601 duration", List.of("P7D", "PT12H", "PT30S"));
        }
        return Optional.of(duration);
    }
}

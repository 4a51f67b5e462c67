package dev.taskorchestrator.cli.boot;

import dev.taskorchestrator.application.port.out.RoleCatalog;
import dev.taskorchestrator.application.port.out.TemplateCatalog;
import dev.taskorchestrator.application.service.OrchestratorPorts;
import dev.taskorchestrator.persistence.OrchestratorDatabase;
import dev.taskorchestrator.persistence.templates.FileTemplateCatalog;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Map;

/**
 * The core's ports on an open database, as both a command and {@code serve} assemble them: the
 * same store, roles, clock and host, so that a terminal and a server judge alike.
 */
final class Cores {

    private Cores() {
    }

    static OrchestratorPorts ports(OrchestratorDatabase database, RoleCatalog roles, Path workspace,
            TemplateCatalog templates) {
        Clock clock = Clock.systemUTC();
        return database.orchestratorPorts(roles, templates, clock).withHost(new JvmHost(workspace));
    }

    /** The workspace's templates, the person's shared ones as {@code environment} places them, and the jar's. */
    static TemplateCatalog templates(Path workspace, Map<String, String> environment) {
        return FileTemplateCatalog.forWorkspace(workspace, environment);
    }
}

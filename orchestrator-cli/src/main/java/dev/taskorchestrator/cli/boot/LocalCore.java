package dev.taskorchestrator.cli.boot;

import dev.taskorchestrator.application.port.out.RoleCatalog;
import dev.taskorchestrator.application.port.out.TemplateCatalog;
import dev.taskorchestrator.application.service.Orchestrator;
import dev.taskorchestrator.application.service.OrchestratorSettings;
import dev.taskorchestrator.cli.command.GlobalOptions;
import dev.taskorchestrator.cli.command.Invocation;
import dev.taskorchestrator.domain.common.Actor;
import dev.taskorchestrator.persistence.OrchestratorDatabase;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;

/**
 * The core a command works on, in this process: the workspace's database, opened on the first use
 * case a command calls (so that help, completion and usage errors never touch it) and closed when
 * the command line is done. It also says who runs the command and where.
 */
final class LocalCore implements Invocation, AutoCloseable {

    /** Opens a core for a workspace, a database URL and the tunables; tests give an in-memory one. */
    @FunctionalInterface
    interface Opener {
        Opened open(Path workspace, Optional<String> db, OrchestratorSettings tunables, TemplateCatalog templates);
    }

    /** An open core and what closes it. */
    record Opened(Orchestrator orchestrator, AutoCloseable resources) {
    }

    private final GlobalOptions options;
    private final Map<String, String> environment;
    private final Opener opener;
    private Path workspace;
    private Opened opened;

    LocalCore(GlobalOptions options, Map<String, String> environment, Opener opener) {
        this.options = options;
        this.environment = environment;
        this.opener = opener;
    }

    /** The workspace's own SQLite file, or the database the options or the environment name. */
    static Opened openDatabase(Path workspace, Optional<String> db, OrchestratorSettings tunables,
            TemplateCatalog templates) {
        OrchestratorDatabase database = OrchestratorDatabase.open(Configuration.database(workspace, db));
        return new Opened(Orchestrator.create(Cores.ports(database, RoleCatalog.builtIn(), workspace, templates),
                tunables), database);
    }

    Orchestrator orchestrator() {
        if (opened == null) {
            opened = opener.open(workspacePath(), Configuration.databaseUrl(options.db(), environment),
                    Configuration.tunables(environment), templateCatalog());
        }
        return opened.orchestrator();
    }

    /** The template files of the workspace and the person, which most template commands read without a database. */
    TemplateCatalog templateCatalog() {
        return Cores.templates(workspacePath(), environment);
    }

    private Path workspacePath() {
        if (workspace == null) {
            workspace = Workspaces.resolve(options.workspace(), environment, Path.of(""));
        }
        return workspace;
    }

    @Override
    public String workspace() {
        return workspacePath().toString();
    }

    /** The person at the terminal: {@code cli@} and their login name. */
    @Override
    public Actor operator() {
        String user = environment.getOrDefault("USER", environment.getOrDefault("USERNAME", ""));
        return Actor.operator(user.isBlank() ? "cli" : "cli@" + user);
    }

    @Override
    public void close() throws Exception {
        Opened open = opened;
        opened = null;
        if (open != null) {
            open.resources().close();
        }
    }
}

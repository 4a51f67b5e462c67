package dev.taskorchestrator.testkit.memory;

import dev.taskorchestrator.application.port.out.HostProbe;
import dev.taskorchestrator.application.port.out.IdGenerator;
import dev.taskorchestrator.application.port.out.RoleCatalog;
import dev.taskorchestrator.application.port.out.StoreHealth;
import dev.taskorchestrator.application.port.out.TemplateCatalog;
import dev.taskorchestrator.application.port.out.TemplateSyntax;
import dev.taskorchestrator.application.service.Orchestrator;
import dev.taskorchestrator.application.service.OrchestratorPorts;
import dev.taskorchestrator.application.service.OrchestratorSettings;
import dev.taskorchestrator.testkit.StorePorts;
import dev.taskorchestrator.testkit.fixtures.MutableClock;
import dev.taskorchestrator.testkit.fixtures.TestIds;

/** The in-memory adapters wired together, and an orchestrator on them for use-case tests. */
public final class InMemoryStore {

    /** Memory has no schema and nothing on disk to check. */
    /** A store that is always healthy at the newest schema: for cores over ports that need no real check. */
    public static final StoreHealth IN_MEMORY_HEALTH = new StoreHealth() {
        @Override
        public int schemaVersion() {
            return 0;
        }

        @Override
        public String quickCheck() {
            return "ok";
        }
    };

    private final InMemoryDatabase database = new InMemoryDatabase();
    private final IdGenerator ids;
    private final StorePorts ports = new StorePorts(new InMemoryTaskRepository(database),
            new InMemorySessionRepository(database), new InMemoryArtifactStore(database), new InMemoryEventLog(database),
            new InMemoryLifecycleStore(database), new InMemoryRequestLog(database), new InMemoryUnitOfWork(database));
    private final MutableClock clock = new MutableClock();
    private final InMemoryTemplateCatalog templates = new InMemoryTemplateCatalog();

    /** A store whose ids are unique in the whole test JVM. */
    public InMemoryStore() {
        this(new TestIds());
    }

    public InMemoryStore(IdGenerator ids) {
        this.ids = ids;
    }

    public StorePorts ports() {
        return ports;
    }

    public InMemoryDatabase database() {
        return database;
    }

    public MutableClock clock() {
        return clock;
    }

    public InMemoryTemplateCatalog templates() {
        return templates;
    }

    /** Ports whose template documents cannot be read: the testkit has no JSON5 reader (the persistence module has). */
    public OrchestratorPorts orchestratorPorts(RoleCatalog roles) {
        return orchestratorPorts(roles, templates, TemplateSyntax.unavailable());
    }

    public OrchestratorPorts orchestratorPorts(RoleCatalog roles, TemplateCatalog templateCatalog, TemplateSyntax syntax) {
        return new OrchestratorPorts(ports.tasks(), ports.sessions(), ports.artifacts(), ports.events(), roles,
                templateCatalog, syntax, ports.lifecycle(), ports.unitOfWork(), ids, clock, IN_MEMORY_HEALTH,
                ports.requests());
    }

    public Orchestrator orchestrator() {
        return Orchestrator.create(orchestratorPorts(RoleCatalog.builtIn()), OrchestratorSettings.defaults());
    }

    /** A core of a server process on {@code host}: several of them share this store as servers share a database. */
    public Orchestrator orchestrator(HostProbe host) {
        return Orchestrator.create(orchestratorPorts(RoleCatalog.builtIn()).withHost(host), OrchestratorSettings.defaults());
    }
}

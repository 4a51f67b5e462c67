package dev.taskorchestrator.persistence;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import dev.taskorchestrator.application.port.out.ArtifactStore;
import dev.taskorchestrator.application.port.out.EventLog;
import dev.taskorchestrator.application.port.out.LifecycleStore;
import dev.taskorchestrator.application.port.out.RequestLog;
import dev.taskorchestrator.application.port.out.RoleCatalog;
import dev.taskorchestrator.application.port.out.SessionRepository;
import dev.taskorchestrator.application.port.out.StoreHealth;
import dev.taskorchestrator.application.port.out.TaskRepository;
import dev.taskorchestrator.application.port.out.TemplateCatalog;
import dev.taskorchestrator.application.port.out.UnitOfWork;
import dev.taskorchestrator.application.service.OrchestratorPorts;
import dev.taskorchestrator.domain.common.ErrorCode;
import dev.taskorchestrator.domain.common.OrchestratorException;
import dev.taskorchestrator.persistence.ids.TimeOrderedIdGenerator;
import dev.taskorchestrator.persistence.jdbi.Dialect;
import dev.taskorchestrator.persistence.jdbi.Handles;
import dev.taskorchestrator.persistence.jdbi.JdbiArtifactStore;
import dev.taskorchestrator.persistence.jdbi.JdbiEventLog;
import dev.taskorchestrator.persistence.jdbi.JdbiLifecycleStore;
import dev.taskorchestrator.persistence.jdbi.JdbiRequestLog;
import dev.taskorchestrator.persistence.jdbi.JdbiSessionRepository;
import dev.taskorchestrator.persistence.jdbi.JdbiTaskRepository;
import dev.taskorchestrator.persistence.jdbi.JdbiUnitOfWork;
import dev.taskorchestrator.persistence.jdbi.RetryPolicy;
import dev.taskorchestrator.persistence.jdbi.ReusedStatements;
import dev.taskorchestrator.persistence.jdbi.UnmetPrerequisites;
import dev.taskorchestrator.persistence.jdbi.Writers;
import dev.taskorchestrator.persistence.templates.Json5TemplateSyntax;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import javax.sql.DataSource;
import org.jdbi.v3.core.Jdbi;
import org.sqlite.SQLiteConfig;
import org.sqlite.SQLiteDataSource;

/**
 * An open orchestrator database, migrated to this version's schema, with an adapter for every
 * storage port. Open it once per process and close it on the way out.
 */
public final class OrchestratorDatabase implements AutoCloseable {

    /** How long a writer waits for another process's write to finish before reporting contention. */
    static final int BUSY_TIMEOUT_MS = 10_000;

    private final DatabaseSettings settings;
    private final HikariDataSource pool;
    private final Handles handles;
    private final int schemaVersion;

    private OrchestratorDatabase(DatabaseSettings settings, HikariDataSource pool, Handles handles, int schemaVersion) {
        this.settings = settings;
        this.pool = pool;
        this.handles = handles;
        this.schemaVersion = schemaVersion;
    }

    /**
     * Opens (creating it when absent) and migrates the database. Every way this can fail is an
     * {@link OrchestratorException} that names the cause and the fix, and leaves the disk as it was.
     */
    public static OrchestratorDatabase open(DatabaseSettings settings) {
        boolean sqlite = settings.kind() == DatabaseSettings.Kind.SQLITE;
        if (sqlite) {
            SqliteFiles.prepare(settings.sqliteFile().orElseThrow());
        }
        Dialect dialect = sqlite ? Dialect.sqlite() : Dialect.postgresql();
        HikariDataSource pool = sqlite ? sqlitePool(settings) : postgresPool(settings);
        try {
            int version = sqlite
                    ? SqliteFiles.underMigrationLock(settings.sqliteFile().orElseThrow(),
                            () -> Migrations.apply(pool, dialect, settings))
                    : Migrations.apply(pool, dialect, settings);
            Jdbi jdbi = Jdbi.create(pool);
            if (sqlite) {
                jdbi.setStatementBuilderFactory(new ReusedStatements());
            }
            return new OrchestratorDatabase(settings, pool, new Handles(jdbi, dialect, RetryPolicy.DEFAULT,
                    sqlite ? SqliteWriterQueue.of(settings.sqliteFile().orElseThrow(),
                            Duration.ofMillis(BUSY_TIMEOUT_MS)) : Writers.concurrent()), version);
        } catch (RuntimeException failure) {
            pool.close();
            throw failure;
        }
    }

    /**
     * SQLite, safety first: WAL so readers never block the writer; synchronous FULL so a write
     * acknowledged is on disk even if the machine loses power (NORMAL would only survive a crash
     * of the process); foreign keys on; a busy timeout so writers of several processes queue
     * instead of failing, polling the lock every millisecond or so (see ShortBusyWaits); and units of work that begin with BEGIN IMMEDIATE (see Handles), so a
     * transaction takes the write lock before it reads, which makes read-then-write use cases
     * serial across processes and rules out the lock-upgrade deadlock of deferred transactions.
     */
    private static HikariDataSource sqlitePool(DatabaseSettings settings) {
        SQLiteConfig config = new SQLiteConfig();
        config.setJournalMode(SQLiteConfig.JournalMode.WAL);
        config.setSynchronous(SQLiteConfig.SynchronousMode.FULL);
        config.enforceForeignKeys(true);
        config.setBusyTimeout(BUSY_TIMEOUT_MS);
        SQLiteDataSource source = new ShortBusyWaits.DataSource(config, Duration.ofMillis(BUSY_TIMEOUT_MS));
        source.setUrl(settings.jdbcUrl());
        return pool(source, "sqlite", 4, settings);
    }

    private static HikariDataSource postgresPool(DatabaseSettings settings) {
        org.postgresql.ds.PGSimpleDataSource source = new org.postgresql.ds.PGSimpleDataSource();
        source.setUrl(settings.jdbcUrl());
        settings.user().ifPresent(source::setUser);
        settings.password().ifPresent(source::setPassword);
        source.setConnectTimeout(5);
        return pool(source, "postgresql", 8, settings);
    }

    private static HikariDataSource pool(DataSource source, String name, int size, DatabaseSettings settings) {
        HikariConfig config = new HikariConfig();
        config.setDataSource(source);
        config.setPoolName("orchestrator-" + name);
        config.setMaximumPoolSize(size);
        config.setMinimumIdle(1);
        config.setConnectionTimeout(15_000);
        config.setInitializationFailTimeout(5_000);
        try {
            return new HikariDataSource(config);
        } catch (RuntimeException unreachable) {
            String fix = settings.kind() == DatabaseSettings.Kind.SQLITE
                    ? "; check that the file is a readable SQLite database on a local disk, or pass another --db"
                    : "; check that it is running and that the URL, user and password are right";
            throw new OrchestratorException(ErrorCode.UNAVAILABLE, "cannot open the database " + settings.displayUrl()
                    + ": " + rootMessage(unreachable) + fix, "db", List.of());
        }
    }

    static String rootMessage(Throwable failure) {
        Throwable root = failure;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        String message = root.getMessage() == null ? root.getClass().getSimpleName() : root.getMessage();
        int newline = message.indexOf('\n');
        return newline < 0 ? message : message.substring(0, newline);
    }

    public DatabaseSettings settings() {
        return settings;
    }

    /** The schema version this database is at (the highest migration applied). */
    public int schemaVersion() {
        return schemaVersion;
    }

    public TaskRepository tasks() {
        return new JdbiTaskRepository(handles);
    }

    public SessionRepository sessions() {
        return new JdbiSessionRepository(handles);
    }

    public ArtifactStore artifacts() {
        return new JdbiArtifactStore(handles);
    }

    public EventLog events() {
        return new JdbiEventLog(handles);
    }

    public LifecycleStore lifecycle() {
        return new JdbiLifecycleStore(handles);
    }

    /**
     * How many units of work lost a race with another writer and were run again since this
     * database was opened: contention made visible, where no caller ever sees it.
     */
    public long racesLost() {
        return handles.racesLost();
    }

    public RequestLog requests() {
        return new JdbiRequestLog(handles);
    }

    public UnitOfWork unitOfWork() {
        return new JdbiUnitOfWork(handles);
    }

    /**
     * The ports of an orchestrator on this database: its stores, with the given roles and
     * templates (read as JSON5), time-ordered ids and the clock.
     */
    public OrchestratorPorts orchestratorPorts(RoleCatalog roles, TemplateCatalog templates, Clock clock) {
        return new OrchestratorPorts(tasks(), sessions(), artifacts(), events(), roles, templates,
                new Json5TemplateSyntax(), lifecycle(), unitOfWork(),
                new TimeOrderedIdGenerator(clock, new SecureRandom()), clock, storeHealth(), requests());
    }

    /** The schema version and the integrity check, for the orchestrator's health check. */
    public StoreHealth storeHealth() {
        return new StoreHealth() {
            @Override
            public int schemaVersion() {
                return OrchestratorDatabase.this.schemaVersion();
            }

            @Override
            public String quickCheck() {
                return OrchestratorDatabase.this.quickCheck();
            }

            @Override
            public String fullCheck() {
                return integrityCheck();
            }
        };
    }

    /** A fast integrity check: SQLite's quick_check; PostgreSQL's consistency query below. */
    public String quickCheck() {
        if (settings.kind() != DatabaseSettings.Kind.SQLITE) {
            return check(false);
        }
        // quick_check: pages and records, without checking every index against its table; fast enough
        // for a health check on every call.
        return handles.with(handle -> {
            List<String> problems = handle.createQuery("PRAGMA quick_check").mapTo(String.class).list().stream()
                    .filter(line -> !line.equals("ok")).toList();
            return problems.isEmpty() ? "ok" : String.join("; ", problems);
        });
    }

    /**
     * The database's own consistency check: "ok", or what it found. SQLite: integrity_check (pages,
     * indexes against tables, constraints) and foreign_key_check. PostgreSQL guards its own pages;
     * here it must answer and hold no dependency row whose task is missing. On both, every task's
     * count of unmet prerequisites must be what its dependencies say.
     */
    public String integrityCheck() {
        return check(true);
    }

    /** Thorough: also every task's count of unmet prerequisites, a pass over all of them. */
    private String check(boolean thorough) {
        return handles.with(handle -> {
            List<String> problems = new java.util.ArrayList<>();
            if (settings.kind() == DatabaseSettings.Kind.SQLITE) {
                handle.createQuery("PRAGMA integrity_check").mapTo(String.class).list().stream()
                        .filter(line -> !line.equals("ok")).forEach(problems::add);
                handle.createQuery("PRAGMA foreign_key_check").map((rs, ctx) -> "foreign key broken in " + rs.getString(1))
                        .list().forEach(problems::add);
            } else {
                long orphans = handle.createQuery("SELECT COUNT(*) FROM task_dependencies d LEFT JOIN tasks t"
                        + " ON t.id = d.task_id WHERE t.id IS NULL").mapTo(Long.class).one();
                if (orphans > 0) {
                    problems.add(orphans + " dependency rows without their task");
                }
            }
            long miscounted = thorough ? handle.createQuery(UnmetPrerequisites.MISCOUNTED).mapTo(Long.class).one() : 0;
            if (miscounted > 0) {
                problems.add(miscounted + " tasks whose count of unmet prerequisites is wrong");
            }
            return problems.isEmpty() ? "ok" : String.join("; ", problems);
        });
    }

    /**
     * Writes SQLite's write-ahead log back into the database file, so that a closed database is one
     * self-contained file. PostgreSQL checkpoints by itself; nothing to do there.
     */
    public void checkpoint() {
        if (settings.kind() == DatabaseSettings.Kind.SQLITE) {
            handles.with(handle -> handle.createQuery("PRAGMA wal_checkpoint(TRUNCATE)").mapToMap().list());
        }
    }

    @Override
    public void close() {
        pool.close();
    }
}

package dev.taskorchestrator.application.service;

import dev.taskorchestrator.application.port.in.BoardUseCase;
import dev.taskorchestrator.application.port.in.CancelTaskUseCase;
import dev.taskorchestrator.application.port.in.ChangeFeedUseCase;
import dev.taskorchestrator.application.port.in.CleanupSessionsUseCase;
import dev.taskorchestrator.application.port.in.CompleteTaskUseCase;
import dev.taskorchestrator.application.port.in.DeleteTaskUseCase;
import dev.taskorchestrator.application.port.in.DeleteTemplateUseCase;
import dev.taskorchestrator.application.port.in.ExecuteTaskUseCase;
import dev.taskorchestrator.application.port.in.GetArtifactUseCase;
import dev.taskorchestrator.application.port.in.GetRoleUseCase;
import dev.taskorchestrator.application.port.in.GetStatusUseCase;
import dev.taskorchestrator.application.port.in.GetTaskUseCase;
import dev.taskorchestrator.application.port.in.HealthCheckUseCase;
import dev.taskorchestrator.application.port.in.HeartbeatUseCase;
import dev.taskorchestrator.application.port.in.InitializeSessionUseCase;
import dev.taskorchestrator.application.port.in.InstallTemplatesUseCase;
import dev.taskorchestrator.application.port.in.InstantiateTemplateUseCase;
import dev.taskorchestrator.application.port.in.LifecycleStatusUseCase;
import dev.taskorchestrator.application.port.in.ListRolesUseCase;
import dev.taskorchestrator.application.port.in.ListSessionsUseCase;
import dev.taskorchestrator.application.port.in.ListTemplatesUseCase;
import dev.taskorchestrator.application.port.in.MaintenanceActions;
import dev.taskorchestrator.application.port.in.MaintenanceReport;
import dev.taskorchestrator.application.port.in.MaintenanceRequest;
import dev.taskorchestrator.application.port.in.NextTaskUseCase;
import dev.taskorchestrator.application.port.in.PlanTaskUseCase;
import dev.taskorchestrator.application.port.in.PrepareHandoverUseCase;
import dev.taskorchestrator.application.port.in.QueryTasksUseCase;
import dev.taskorchestrator.application.port.in.RenderPromptUseCase;
import dev.taskorchestrator.application.port.in.RestartServerUseCase;
import dev.taskorchestrator.application.port.in.ResumeSessionUseCase;
import dev.taskorchestrator.application.port.in.RetrySafeCallUseCase;
import dev.taskorchestrator.application.port.in.SaveTemplateUseCase;
import dev.taskorchestrator.application.port.in.ScanCleanupUseCase;
import dev.taskorchestrator.application.port.in.SessionDetails;
import dev.taskorchestrator.application.port.in.SessionStatusUseCase;
import dev.taskorchestrator.application.port.in.ShowTemplateUseCase;
import dev.taskorchestrator.application.port.in.ShutdownReadinessUseCase;
import dev.taskorchestrator.application.port.in.StartServerUseCase;
import dev.taskorchestrator.application.port.in.StopServerUseCase;
import dev.taskorchestrator.application.port.in.SuggestTasksUseCase;
import dev.taskorchestrator.application.port.in.SynthesizeResultsUseCase;
import dev.taskorchestrator.application.port.in.TaskDetails;
import dev.taskorchestrator.application.port.in.TaskExecution;
import dev.taskorchestrator.application.port.in.ExportUseCase;
import dev.taskorchestrator.application.port.in.ImportUseCase;
import dev.taskorchestrator.application.port.in.TaskHistoryUseCase;
import dev.taskorchestrator.application.port.in.TaskPrompt;
import dev.taskorchestrator.application.port.in.TaskTreeUseCase;
import dev.taskorchestrator.application.port.in.UpdateTaskUseCase;
import dev.taskorchestrator.application.port.in.ValidateStructureUseCase;
import dev.taskorchestrator.application.port.in.ValidateTemplatesUseCase;
import dev.taskorchestrator.application.port.in.WriteStatusReportUseCase;
import dev.taskorchestrator.application.port.out.RoleCatalog;
import dev.taskorchestrator.application.port.out.TemplateCatalog;
import dev.taskorchestrator.application.port.out.TemplateSyntax;
import dev.taskorchestrator.domain.artifact.Artifact;
import dev.taskorchestrator.domain.artifact.ArtifactId;
import dev.taskorchestrator.domain.role.SpecialistRole;
import dev.taskorchestrator.domain.session.SessionId;
import dev.taskorchestrator.domain.task.Task;
import dev.taskorchestrator.domain.task.TaskEvent;
import dev.taskorchestrator.domain.task.TaskId;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * The one entry to the core for embedders and adapters: every use case, wired to the ports it is
 * given. Each method runs in its own unit of work and throws only {@code OrchestratorException}.
 */
public final class Orchestrator {

    private final InitializeSessionUseCase initializeSession;
    private final ResumeSessionUseCase resumeSession;
    private final ListSessionsUseCase listSessions;
    private final SessionStatusUseCase sessionStatus;
    private final CleanupSessionsUseCase cleanupSessions;
    private final PlanTaskUseCase planTask;
    private final UpdateTaskUseCase updateTask;
    private final DeleteTaskUseCase deleteTask;
    private final CancelTaskUseCase cancelTask;
    private final QueryTasksUseCase queryTasks;
    private final ExecuteTaskUseCase executeTask;
    private final CompleteTaskUseCase completeTask;
    private final NextTaskUseCase nextTask;
    private final SynthesizeResultsUseCase synthesizeResults;
    private final GetStatusUseCase getStatus;
    private final GetTaskUseCase getTask;
    private final TaskHistoryUseCase taskHistory;
    private final ExportUseCase export;
    private final ImportUseCase importer;
    private final GetArtifactUseCase getArtifact;
    private final ListRolesUseCase listRoles;
    private final GetRoleUseCase getRole;
    private final RenderPromptUseCase renderPrompt;
    private final StartServerUseCase startServer;
    private final StopServerUseCase stopServer;
    private final HeartbeatUseCase heartbeat;
    private final LifecycleStatusUseCase lifecycleStatus;
    private final RestartServerUseCase restartServer;
    private final ShutdownReadinessUseCase shutdownReadiness;
    private final HealthCheckUseCase healthCheck;
    private final ScanCleanupUseCase scanCleanup;
    private final ValidateStructureUseCase validateStructure;
    private final WriteStatusReportUseCase writeStatusReport;
    private final PrepareHandoverUseCase prepareHandover;
    private final TaskTreeUseCase taskTree;
    private final InstantiateTemplateUseCase instantiateTemplate;
    private final TemplateUseCases templates;
    private final RetrySafeCallUseCase retrySafeCall;
    private final SuggestTasksUseCase suggestTasks;
    private final ChangeFeedService changeFeed;
    private final BoardUseCase board;

    private Orchestrator(OrchestratorPorts ports, OrchestratorSettings settings) {
        Tasks tasks = new Tasks(ports.tasks());
        Sessions sessions = new Sessions(ports.sessions(), ports.tasks());
        Specialists specialists = new Specialists(ports.roles());
        History history = new History(ports.events());
        Ranking ranking = new Ranking(ports.tasks(), settings.rankingWindow());
        Ancestors ancestors = new Ancestors(ports.tasks(), tasks, history);
        Prompts prompts = new Prompts(ports.tasks());
        Holds holds = new Holds(ports.tasks(), tasks);
        Claims claims = new Claims(ports.tasks(), tasks, history, specialists, ancestors, prompts, holds,
                settings.leaseDuration());
        WriteGate gate = new WriteGate();
        var uow = gate.guard(ports.unitOfWork());
        var clock = ports.clock();

        initializeSession = new InitializeSessionService(ports.sessions(), sessions, ports.roles(), ports.ids(), uow, clock);
        resumeSession = new ResumeSessionService(ports.sessions(), sessions, uow, clock);
        listSessions = new ListSessionsService(ports.sessions(), sessions, uow);
        sessionStatus = new SessionStatusService(sessions, uow);
        cleanupSessions = new CleanupSessionsService(ports.sessions(), sessions, uow, clock);
        planTask = new PlanTaskService(ports.tasks(), tasks, sessions, specialists, history, ports.ids(), uow, clock);
        updateTask = new UpdateTaskService(ports.tasks(), tasks, specialists, history, claims, uow, clock,
                settings.leaseDuration());
        deleteTask = new DeleteTaskService(ports.tasks(), ports.artifacts(), tasks, history, claims, uow, clock);
        cancelTask = new CancelTaskService(ports.tasks(), ports.artifacts(), tasks, history, claims, uow, clock);
        queryTasks = new QueryTasksService(ports.tasks(), ports.artifacts(), specialists, holds, uow, clock);
        executeTask = new ExecuteTaskService(tasks, claims, sessions, uow, clock);
        retrySafeCall = new RetrySafeCallService(ports.requests(), uow, clock);
        suggestTasks = new SuggestTasksService(ports.tasks(), uow);
        completeTask = new CompleteTaskService(ports.tasks(), ports.artifacts(), tasks, sessions, ranking, ancestors,
                claims, history, ports.ids(), uow, clock, settings.leaseDuration());
        nextTask = new NextTaskService(ports.tasks(), ranking, claims, specialists, holds, uow, clock);
        synthesizeResults = new SynthesizeResultsService(tasks, ports.artifacts(), uow);
        getStatus = new GetStatusService(ports.tasks(), sessions, uow);
        getTask = new ReadServices.GetTaskService(ports.tasks(), tasks, ports.artifacts(), uow);
        taskTree = new ReadServices.TaskTreeService(tasks, uow);
        taskHistory = new ReadServices.TaskHistoryService(ports.events(), uow);
        export = new ExportService(ports.tasks(), ports.sessions(), ports.artifacts(), ports.events(), uow, clock);
        importer = new ImportService(ports.tasks(), ports.sessions(), ports.artifacts(), ports.events(), uow);
        getArtifact = new ReadServices.GetArtifactService(ports.artifacts(), uow);
        changeFeed = new ChangeFeedService(ports.events(), uow, clock);
        board = new BoardService(ports.tasks(), ports.sessions(), changeFeed, uow, clock);
        listRoles = new ReadServices.ListRolesService(ports.roles());
        getRole = new ReadServices.GetRoleService(specialists);
        renderPrompt = new ReadServices.RenderPromptService(tasks, specialists, prompts, uow);
        // The lifecycle writes its own records in maintenance mode, so it alone passes the gate.
        ThisServer server = new ThisServer(ports.lifecycle(), ports.host(), settings.silentAfter());
        Shutdown shutdown = new Shutdown(server, gate, ports.unitOfWork(), clock);
        HealthChecks health = new HealthChecks(ports.storeHealth(), ports.host(), server, ports.lifecycle(), ports.tasks(),
                uow, clock);
        startServer = new StartServerService(server, ports.lifecycle(), claims, ports.storeHealth(), ports.ids(),
                ports.unitOfWork(), gate, clock);
        stopServer = new StopServerService(server, shutdown);
        heartbeat = new HeartbeatService(server, ports.lifecycle(), startServer, ports.unitOfWork(), clock);
        lifecycleStatus = new LifecycleStatusService(server, ports.lifecycle(), uow, clock);
        restartServer = new RestartServerService(server, shutdown, startServer, ports.runtime(), clock);
        shutdownReadiness = new ShutdownReadinessService(ports.tasks(), health, ports.runtime(), uow);
        healthCheck = new HealthCheckService(health);
        MaintenanceRuns runs = new MaintenanceRuns(ports.tasks(), ports.artifacts(), tasks, sessions, history, ports.ids(),
                uow, clock);
        scanCleanup = new ScanCleanupService(runs, ports.tasks(), tasks, claims, history, ports.requests(), settings);
        validateStructure = new ValidateStructureService(runs, ports.storeHealth());
        writeStatusReport = new StatusReportService(runs);
        prepareHandover = new HandoverService(runs);
        TemplateLibrary templateLibrary = new TemplateLibrary(ports.templates(), ports.templateSyntax(), specialists);
        instantiateTemplate = new InstantiateTemplateService(templateLibrary, planTask);
        templates = TemplateUseCases.of(templateLibrary);
    }

    /** A core on these ports, with these tunables (lease length, ranking window, ...). */
    public static Orchestrator create(OrchestratorPorts ports, OrchestratorSettings settings) {
        return new Orchestrator(ports, settings);
    }

    /** The use cases of the specialist roles alone: they need a catalog, not a store. */
    public record RoleUseCases(ListRolesUseCase list, GetRoleUseCase get) {
    }

    /** The role use cases alone, without a store: what a command that only lists roles needs. */
    public static RoleUseCases roleUseCases(RoleCatalog catalog) {
        return new RoleUseCases(new ReadServices.ListRolesService(catalog),
                new ReadServices.GetRoleService(new Specialists(catalog)));
    }

    /**
     * The template use cases that need no task store: listing, showing, checking, writing and
     * installing documents. Instantiating creates tasks, so it is the core's.
     */
    public record TemplateUseCases(ListTemplatesUseCase list, ShowTemplateUseCase show, ValidateTemplatesUseCase validate,
            SaveTemplateUseCase save, DeleteTemplateUseCase delete, InstallTemplatesUseCase install) {

        private static TemplateUseCases of(TemplateLibrary library) {
            TemplateReadingService reading = new TemplateReadingService(library);
            TemplateWritingService writing = new TemplateWritingService(library);
            return new TemplateUseCases(reading, reading, reading, writing, writing, writing);
        }
    }

    /** The template use cases alone, on a catalog and its syntax, without a store. */
    public static TemplateUseCases templateUseCases(TemplateCatalog catalog, TemplateSyntax syntax, RoleCatalog roles) {
        return TemplateUseCases.of(new TemplateLibrary(catalog, syntax, new Specialists(roles)));
    }

    /** This core's template use cases, on its catalog. */
    public TemplateUseCases templates() {
        return templates;
    }

    /** A core on these ports, with the default tunables. */
    public static Orchestrator create(OrchestratorPorts ports) {
        return create(ports, OrchestratorSettings.defaults());
    }

    /** Opens the workspace's session, or resumes the one open there; see {@link InitializeSessionUseCase}. */
    public InitializeSessionUseCase.SessionStarted initializeSession(InitializeSessionUseCase.Command command) {
        return initializeSession.initialize(command);
    }

    /** Resumes a paused session and reports where it stands; see {@link ResumeSessionUseCase}. */
    public SessionDetails resumeSession(SessionId sessionId) {
        return resumeSession.resume(sessionId);
    }

    /** Sessions, the most recently active first; see {@link ListSessionsUseCase}. */
    public List<SessionDetails> listSessions(ListSessionsUseCase.Query query) {
        return listSessions.list(query);
    }

    /** One session's progress and its tasks by status; see {@link SessionStatusUseCase}. */
    public SessionDetails sessionStatus(SessionStatusUseCase.Query query) {
        return sessionStatus.status(query);
    }

    /** Archives sessions that are done or abandoned, or only lists them; see {@link CleanupSessionsUseCase}. */
    public CleanupSessionsUseCase.Result cleanupSessions(CleanupSessionsUseCase.Command command) {
        return cleanupSessions.cleanup(command);
    }

    /** Stores a task, or a plan of subtasks with dependencies, in one transaction; see {@link PlanTaskUseCase}. */
    public PlanTaskUseCase.Result planTask(PlanTaskUseCase.Command command) {
        return planTask.plan(command);
    }

    /** Changes a task's fields, status or dependencies; see {@link UpdateTaskUseCase}. */
    public UpdateTaskUseCase.Result updateTask(UpdateTaskUseCase.Command command) {
        return updateTask.update(command);
    }

    /** Archives a task and its subtasks, or deletes them for good; see {@link DeleteTaskUseCase}. */
    public DeleteTaskUseCase.Result deleteTask(DeleteTaskUseCase.Command command) {
        return deleteTask.delete(command);
    }

    /** Cancels a task and its open subtasks; see {@link CancelTaskUseCase}. */
    public CancelTaskUseCase.Result cancelTask(CancelTaskUseCase.Command command) {
        return cancelTask.cancel(command);
    }

    /** Finds tasks by any combination of filters, a page at a time; see {@link QueryTasksUseCase}. */
    public QueryTasksUseCase.Page queryTasks(QueryTasksUseCase.Query query) {
        return queryTasks.query(query);
    }

    /** Calls that change state run at most once per request id: the adapters wrap such calls with these. */
    public RetrySafeCallUseCase retrySafeCalls() {
        return retrySafeCall;
    }

    /** Tasks for what someone has begun to type where a task id goes; see {@link SuggestTasksUseCase}. */
    public List<Task> suggestTasks(String typed, int limit) {
        return suggestTasks.suggest(typed, limit);
    }

    /** Claims a task for an agent and hands over what it needs to do the work; see {@link ExecuteTaskUseCase}. */
    public TaskExecution executeTask(ExecuteTaskUseCase.Command command) {
        return executeTask.execute(command);
    }

    /** Completes a claimed task with its result, stored as an artifact; see {@link CompleteTaskUseCase}. */
    public CompleteTaskUseCase.Result completeTask(CompleteTaskUseCase.Command command) {
        return completeTask.complete(command);
    }

    /** The task to do next, claimed if asked, or why there is none; see {@link NextTaskUseCase}. */
    public NextTaskUseCase.Result nextTask(NextTaskUseCase.Query query) {
        return nextTask.next(query);
    }

    /** The results of a parent's subtasks gathered into one report; see {@link SynthesizeResultsUseCase}. */
    public SynthesizeResultsUseCase.Report synthesizeResults(TaskId parentId) {
        return synthesizeResults.synthesize(parentId);
    }

    /** Counts of tasks by status, overall or for a session; see {@link GetStatusUseCase}. */
    public GetStatusUseCase.StatusReport getStatus(GetStatusUseCase.Query query) {
        return getStatus.status(query);
    }

    /** One task with its subtasks, artifacts and progress; see {@link GetTaskUseCase}. */
    public TaskDetails getTask(TaskId taskId) {
        return getTask.get(taskId);
    }

    /** A task with its subtasks at every depth, read in one snapshot; see {@link TaskTreeUseCase}. */
    public TaskTreeUseCase.TaskTree taskTree(TaskId root) {
        return taskTree.tree(root);
    }

    /** Hands everything stored, or one session's part, to {@code sink} item by item; see {@link ExportUseCase}. */
    public ExportUseCase.Header export(ExportUseCase.Query query, Consumer<ExportUseCase.Item> sink) {
        return export.export(query, sink);
    }

    /** Stores exported items in one transaction, skipping what is already held; see {@link ImportUseCase}. */
    public ImportUseCase.Result importItems(ImportUseCase.Command command) {
        return importer.importItems(command);
    }

    /** Every task and session in one snapshot, for a board; see {@link BoardUseCase}. */
    public BoardUseCase.Board board() {
        return board.board();
    }

    /** Which tasks any process changed since a position; see {@link ChangeFeedUseCase}. */
    public ChangeFeedUseCase changeFeed() {
        return changeFeed;
    }

    /** A task's history, oldest first; see {@link TaskHistoryUseCase}. */
    public List<TaskEvent> taskHistory(TaskHistoryUseCase.Query query) {
        return taskHistory.history(query);
    }

    /** One artifact with its content; see {@link GetArtifactUseCase}. */
    public Artifact getArtifact(ArtifactId artifactId) {
        return getArtifact.artifact(artifactId);
    }

    /** The specialist roles this core knows. */
    public List<SpecialistRole> roles() {
        return listRoles.roles();
    }

    /** One role by its name or an older alias of it. */
    public SpecialistRole role(String name) {
        return getRole.role(name);
    }

    /** The prompt a task's role would get for it; see {@link RenderPromptUseCase}. */
    public TaskPrompt renderPrompt(RenderPromptUseCase.Query query) {
        return renderPrompt.render(query);
    }

    /** Starts this process's server: registers its instance and recovers the instances found dead. */
    public StartServerUseCase.StartReport startServer(StartServerUseCase.Command command) {
        return startServer.start(command);
    }

    /**
     * Starts this process's server, recovering instances that died without a clean stop; see
     * {@link StartServerUseCase}.
     */
    public StartServerUseCase.StartReport startServer() {
        return startServer(StartServerUseCase.Command.fresh());
    }

    /** Records this server's clean stop; the other instances of the store are untouched. */
    public void stopServer() {
        stopServer.stop();
    }

    /** Tells the store this server still runs; registers it again if another start took it for dead. */
    public Optional<StartServerUseCase.StartReport> heartbeat() {
        return heartbeat.beat();
    }

    /** This server instance's lifecycle and the others live on the store; see {@link LifecycleStatusUseCase}. */
    public LifecycleStatusUseCase.Status lifecycleStatus(LifecycleStatusUseCase.Query query) {
        return lifecycleStatus.status(query);
    }

    /** Restarts the server in place, keeping its clients; see {@link RestartServerUseCase}. */
    public RestartServerUseCase.Report restartServer(RestartServerUseCase.Command command) {
        return restartServer.restart(command);
    }

    /** Whether the server can stop now without losing work; see {@link ShutdownReadinessUseCase}. */
    public ShutdownReadinessUseCase.Readiness shutdownReadiness(ShutdownReadinessUseCase.Query query) {
        return shutdownReadiness.check(query);
    }

    /**
     * Finds stale tasks, expired claims and finished plans, and at the comprehensive level tidies them; see
     * {@link ScanCleanupUseCase}.
     */
    public MaintenanceReport scanCleanup(MaintenanceRequest request) {
        return scanCleanup.scan(request);
    }

    /**
     * Finds dependency cycles, inconsistent parents and ownerless claims, and checks the store's integrity; see
     * {@link ValidateStructureUseCase}.
     */
    public MaintenanceReport validateStructure(MaintenanceRequest request) {
        return validateStructure.validate(request);
    }

    /** Writes a status report of the store as Markdown; see {@link WriteStatusReportUseCase}. */
    public MaintenanceReport writeStatusReport(MaintenanceRequest request) {
        return writeStatusReport.writeStatusReport(request);
    }

    /** Writes a handover: what is done, in progress and ready next; see {@link PrepareHandoverUseCase}. */
    public MaintenanceReport prepareHandover(MaintenanceRequest request) {
        return prepareHandover.prepareHandover(request);
    }

    /** The maintenance run {@code action} names. */
    public MaintenanceReport maintain(MaintenanceRequest.Action action, MaintenanceRequest request) {
        return new MaintenanceActions(scanCleanup, validateStructure, writeStatusReport, prepareHandover)
                .run(action, request);
    }

    /** The health checks, each with what it measured; see {@link HealthCheckUseCase}. */
    public HealthCheckUseCase.HealthReport healthCheck(HealthCheckUseCase.Query query) {
        return healthCheck.check(query);
    }

    /** Plans the tasks a template describes, with its parameters filled in; see {@link InstantiateTemplateUseCase}. */
    public InstantiateTemplateUseCase.Instance instantiateTemplate(InstantiateTemplateUseCase.Command command) {
        return instantiateTemplate.instantiate(command);
    }
}

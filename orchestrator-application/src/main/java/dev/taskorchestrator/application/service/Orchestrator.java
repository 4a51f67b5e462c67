package dev.taskorchestrator.application.service;

import dev.taskorchestrator.application.port.in.CancelTaskUseCase;
import dev.taskorchestrator.application.port.in.CleanupSessionsUseCase;
import dev.taskorchestrator.application.port.in.CompleteTaskUseCase;
import dev.taskorchestrator.application.port.in.DeleteTaskUseCase;
import dev.taskorchestrator.application.port.in.ExecuteTaskUseCase;
import dev.taskorchestrator.application.port.in.GetArtifactUseCase;
import dev.taskorchestrator.application.port.in.GetStatusUseCase;
import dev.taskorchestrator.application.port.in.GetTaskUseCase;
import dev.taskorchestrator.application.port.in.HealthCheckUseCase;
import dev.taskorchestrator.application.port.in.InitializeSessionUseCase;
import dev.taskorchestrator.application.port.in.InstantiateTemplateUseCase;
import dev.taskorchestrator.application.port.in.ListRolesUseCase;
import dev.taskorchestrator.application.port.in.ListSessionsUseCase;
import dev.taskorchestrator.application.port.in.MaintenanceUseCase;
import dev.taskorchestrator.application.port.in.NextTaskUseCase;
import dev.taskorchestrator.application.port.in.PlanTaskUseCase;
import dev.taskorchestrator.application.port.in.QueryTasksUseCase;
import dev.taskorchestrator.application.port.in.RenderPromptUseCase;
import dev.taskorchestrator.application.port.in.ResumeSessionUseCase;
import dev.taskorchestrator.application.port.in.ServerLifecycleUseCase;
import dev.taskorchestrator.application.port.in.SessionDetails;
import dev.taskorchestrator.application.port.in.SessionStatusUseCase;
import dev.taskorchestrator.application.port.in.SynthesizeResultsUseCase;
import dev.taskorchestrator.application.port.in.TaskDetails;
import dev.taskorchestrator.application.port.in.TaskExecution;
import dev.taskorchestrator.application.port.in.TaskHistoryUseCase;
import dev.taskorchestrator.application.port.in.TaskPrompt;
import dev.taskorchestrator.application.port.in.UpdateTaskUseCase;
import dev.taskorchestrator.domain.artifact.Artifact;
import dev.taskorchestrator.domain.artifact.ArtifactId;
import dev.taskorchestrator.domain.reboot.LifecyclePhase;
import dev.taskorchestrator.domain.role.SpecialistRole;
import dev.taskorchestrator.domain.session.SessionId;
import dev.taskorchestrator.domain.task.TaskEvent;
import dev.taskorchestrator.domain.task.TaskId;
import java.util.List;

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
    private final GetArtifactUseCase getArtifact;
    private final ListRolesUseCase listRoles;
    private final RenderPromptUseCase renderPrompt;
    private final ServerLifecycleUseCase serverLifecycle;
    private final HealthCheckUseCase healthCheck;
    private final MaintenanceUseCase maintenance;
    private final InstantiateTemplateUseCase instantiateTemplate;

    private Orchestrator(OrchestratorPorts ports, OrchestratorSettings settings) {
        Tasks tasks = new Tasks(ports.tasks());
        Sessions sessions = new Sessions(ports.sessions(), ports.tasks());
        Specialists specialists = new Specialists(ports.roles());
        History history = new History(ports.events());
        Ranking ranking = new Ranking(ports.tasks(), settings.rankingWindow());
        Ancestors ancestors = new Ancestors(ports.tasks(), tasks, history);
        Prompts prompts = new Prompts(ports.tasks());
        Claims claims = new Claims(ports.tasks(), tasks, history, specialists, ancestors, prompts, settings.leaseDuration());
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
        deleteTask = new DeleteTaskService(ports.tasks(), ports.artifacts(), tasks, history, uow, clock);
        cancelTask = new CancelTaskService(ports.tasks(), ports.artifacts(), tasks, history, uow, clock);
        queryTasks = new QueryTasksService(ports.tasks(), ports.artifacts(), specialists, uow);
        executeTask = new ExecuteTaskService(tasks, claims, sessions, uow, clock);
        completeTask = new CompleteTaskService(ports.tasks(), ports.artifacts(), tasks, sessions, ranking, ancestors,
                claims, history, ports.ids(), uow, clock, settings.leaseDuration());
        nextTask = new NextTaskService(ports.tasks(), ranking, claims, specialists, history, uow, clock);
        synthesizeResults = new SynthesizeResultsService(tasks, ports.artifacts(), uow);
        getStatus = new GetStatusService(ports.tasks(), sessions, uow);
        getTask = new ReadServices.GetTaskService(ports.tasks(), tasks, ports.artifacts(), uow);
        taskHistory = new ReadServices.TaskHistoryService(ports.events(), uow);
        getArtifact = new ReadServices.GetArtifactService(ports.artifacts(), uow);
        listRoles = new ReadServices.ListRolesService(ports.roles());
        renderPrompt = new ReadServices.RenderPromptService(tasks, specialists, prompts, uow);
        // The lifecycle writes its own records in maintenance mode, so it alone passes the gate.
        serverLifecycle = new ServerLifecycleService(ports.lifecycle(), claims, ports.unitOfWork(), gate,
                ports.storeHealth(), clock);
        maintenance = new MaintenanceService(ports.tasks(), ports.artifacts(), tasks, claims, history,
                ports.storeHealth(), ports.ids(), uow, clock, settings);
        healthCheck = new HealthCheckService(ports.storeHealth(), ports.host(), ports.lifecycle(), ports.tasks(), uow,
                clock);
        instantiateTemplate = new InstantiateTemplateService(ports.templates(), planTask, uow);
    }

    public static Orchestrator create(OrchestratorPorts ports, OrchestratorSettings settings) {
        return new Orchestrator(ports, settings);
    }

    public static Orchestrator create(OrchestratorPorts ports) {
        return create(ports, OrchestratorSettings.defaults());
    }

    public InitializeSessionUseCase.SessionStarted initializeSession(InitializeSessionUseCase.Command command) {
        return initializeSession.initialize(command);
    }

    public SessionDetails resumeSession(SessionId sessionId) {
        return resumeSession.resume(sessionId);
    }

    public List<SessionDetails> listSessions(ListSessionsUseCase.Query query) {
        return listSessions.list(query);
    }

    public SessionDetails sessionStatus(SessionId sessionId) {
        return sessionStatus.status(sessionId);
    }

    public CleanupSessionsUseCase.Result cleanupSessions(CleanupSessionsUseCase.Command command) {
        return cleanupSessions.cleanup(command);
    }

    public PlanTaskUseCase.Result planTask(PlanTaskUseCase.Command command) {
        return planTask.plan(command);
    }

    public UpdateTaskUseCase.Result updateTask(UpdateTaskUseCase.Command command) {
        return updateTask.update(command);
    }

    public DeleteTaskUseCase.Result deleteTask(DeleteTaskUseCase.Command command) {
        return deleteTask.delete(command);
    }

    public CancelTaskUseCase.Result cancelTask(CancelTaskUseCase.Command command) {
        return cancelTask.cancel(command);
    }

    public QueryTasksUseCase.Page queryTasks(QueryTasksUseCase.Query query) {
        return queryTasks.query(query);
    }

    public TaskExecution executeTask(ExecuteTaskUseCase.Command command) {
        return executeTask.execute(command);
    }

    public CompleteTaskUseCase.Result completeTask(CompleteTaskUseCase.Command command) {
        return completeTask.complete(command);
    }

    public NextTaskUseCase.Result nextTask(NextTaskUseCase.Query query) {
        return nextTask.next(query);
    }

    public SynthesizeResultsUseCase.Report synthesizeResults(TaskId parentId) {
        return synthesizeResults.synthesize(parentId);
    }

    public GetStatusUseCase.StatusReport getStatus(GetStatusUseCase.Query query) {
        return getStatus.status(query);
    }

    public TaskDetails getTask(TaskId taskId) {
        return getTask.get(taskId);
    }

    public List<TaskEvent> taskHistory(TaskHistoryUseCase.Query query) {
        return taskHistory.history(query);
    }

    public Artifact getArtifact(ArtifactId artifactId) {
        return getArtifact.artifact(artifactId);
    }

    public List<SpecialistRole> roles() {
        return listRoles.roles();
    }

    public TaskPrompt renderPrompt(RenderPromptUseCase.Query query) {
        return renderPrompt.render(query);
    }

    /** Records the server's start; recovers from a previous run that did not stop cleanly. */
    public ServerLifecycleUseCase.StartReport startServer() {
        return serverLifecycle.start();
    }

    /** Records a clean stop. */
    public void stopServer() {
        serverLifecycle.stop();
    }

    /** Moves a shutdown one phase on and returns the phase entered. */
    public LifecyclePhase advanceShutdown() {
        return serverLifecycle.advanceShutdown();
    }

    public ServerLifecycleUseCase.Status lifecycleStatus(int historyLimit) {
        return serverLifecycle.status(historyLimit);
    }

    public MaintenanceUseCase.Report maintenance(MaintenanceUseCase.Command command) {
        return maintenance.run(command);
    }

    public HealthCheckUseCase.HealthReport healthCheck() {
        return healthCheck.check();
    }

    public PlanTaskUseCase.Result instantiateTemplate(InstantiateTemplateUseCase.Command command) {
        return instantiateTemplate.instantiate(command);
    }
}

package dev.taskorchestrator.cli.boot;

import dev.taskorchestrator.application.port.in.CancelTaskUseCase;
import dev.taskorchestrator.application.port.in.CleanupSessionsUseCase;
import dev.taskorchestrator.application.port.in.CompleteTaskUseCase;
import dev.taskorchestrator.application.port.in.DeleteTaskUseCase;
import dev.taskorchestrator.application.port.in.DeleteTemplateUseCase;
import dev.taskorchestrator.application.port.in.ExecuteTaskUseCase;
import dev.taskorchestrator.application.port.in.GetArtifactUseCase;
import dev.taskorchestrator.application.port.in.GetStatusUseCase;
import dev.taskorchestrator.application.port.in.GetTaskUseCase;
import dev.taskorchestrator.application.port.in.HealthCheckUseCase;
import dev.taskorchestrator.application.port.in.InstallTemplatesUseCase;
import dev.taskorchestrator.application.port.in.InstantiateTemplateUseCase;
import dev.taskorchestrator.application.port.in.LifecycleStatusUseCase;
import dev.taskorchestrator.application.port.in.ListSessionsUseCase;
import dev.taskorchestrator.application.port.in.ListTemplatesUseCase;
import dev.taskorchestrator.application.port.in.MaintenanceActions;
import dev.taskorchestrator.application.port.in.NextTaskUseCase;
import dev.taskorchestrator.application.port.in.QueryTasksUseCase;
import dev.taskorchestrator.application.port.in.RenderPromptUseCase;
import dev.taskorchestrator.application.port.in.ResumeSessionUseCase;
import dev.taskorchestrator.application.port.in.SaveTemplateUseCase;
import dev.taskorchestrator.application.port.in.SessionStatusUseCase;
import dev.taskorchestrator.application.port.in.ShowTemplateUseCase;
import dev.taskorchestrator.application.port.in.SynthesizeResultsUseCase;
import dev.taskorchestrator.application.port.in.ExportUseCase;
import dev.taskorchestrator.application.port.in.ImportUseCase;
import dev.taskorchestrator.application.port.in.TaskHistoryUseCase;
import dev.taskorchestrator.application.port.in.TaskTreeUseCase;
import dev.taskorchestrator.application.port.in.UpdateTaskUseCase;
import dev.taskorchestrator.application.port.in.ValidateTemplatesUseCase;
import dev.taskorchestrator.application.port.out.RoleCatalog;
import dev.taskorchestrator.application.service.Orchestrator;
import dev.taskorchestrator.cli.boot.StandardStreams.ProtocolStreams;
import dev.taskorchestrator.cli.command.ActingAs;
import dev.taskorchestrator.cli.command.ArtifactShowCommand;
import dev.taskorchestrator.cli.command.Choices;
import dev.taskorchestrator.cli.command.Console;
import dev.taskorchestrator.cli.command.ExportCommand;
import dev.taskorchestrator.cli.command.GlobalOptions;
import dev.taskorchestrator.cli.command.ImportCommand;
import dev.taskorchestrator.cli.command.HealthCommand;
import dev.taskorchestrator.cli.command.InitCommand;
import dev.taskorchestrator.cli.command.LifecycleCommand;
import dev.taskorchestrator.cli.command.MaintenanceCommand;
import dev.taskorchestrator.cli.command.OrchestratorCommand;
import dev.taskorchestrator.cli.command.PlanCommand;
import dev.taskorchestrator.cli.command.RolesCommand;
import dev.taskorchestrator.cli.command.BoardCommand;
import dev.taskorchestrator.cli.command.ServeCommand;
import dev.taskorchestrator.cli.command.SessionCleanupCommand;
import dev.taskorchestrator.cli.command.SessionListCommand;
import dev.taskorchestrator.cli.command.SessionResumeCommand;
import dev.taskorchestrator.cli.command.SessionShowCommand;
import dev.taskorchestrator.cli.command.StatusCommand;
import dev.taskorchestrator.cli.command.SynthesizeCommand;
import dev.taskorchestrator.cli.command.TaskCancelCommand;
import dev.taskorchestrator.cli.command.TaskCompleteCommand;
import dev.taskorchestrator.cli.command.TaskDeleteCommand;
import dev.taskorchestrator.cli.command.TaskHistoryCommand;
import dev.taskorchestrator.cli.command.TaskListCommand;
import dev.taskorchestrator.cli.command.TaskNextCommand;
import dev.taskorchestrator.cli.command.TaskPromptCommand;
import dev.taskorchestrator.cli.command.TaskShowCommand;
import dev.taskorchestrator.cli.command.TaskStartCommand;
import dev.taskorchestrator.cli.command.TaskTreeCommand;
import dev.taskorchestrator.cli.command.TaskUpdateCommand;
import dev.taskorchestrator.cli.command.TemplateCreateCommand;
import dev.taskorchestrator.cli.command.TemplateDeleteCommand;
import dev.taskorchestrator.cli.command.TemplateInfoCommand;
import dev.taskorchestrator.cli.command.TemplateInstallExamplesCommand;
import dev.taskorchestrator.cli.command.TemplateInstallLibraryCommand;
import dev.taskorchestrator.cli.command.TemplateInstantiateCommand;
import dev.taskorchestrator.cli.command.TemplateListCommand;
import dev.taskorchestrator.cli.command.TemplateShowCommand;
import dev.taskorchestrator.cli.command.TemplateStatusCommand;
import dev.taskorchestrator.cli.command.TemplateValidateAllCommand;
import dev.taskorchestrator.cli.command.TemplateValidateCommand;
import java.io.InputStream;
import java.io.PrintWriter;
import java.util.HashMap;
import java.util.Map;
import java.util.function.Function;
import java.util.function.Supplier;
import picocli.CommandLine.IFactory;
import picocli.CommandLine;

/**
 * The composition root of the command line: each command gets the use cases it calls, on a core
 * opened in this process on first use (no MCP, no server), through one factory and no DI container.
 * It builds the command tree a command line needs ({@link CommandTree}), runs it and closes the database
 * it opened, if any. Both {@link Main} and the tests run it.
 */
public final class Cli {

    private final Function<String[], CommandLine> tree;
    private final LocalCore core;

    private Cli(Function<String[], CommandLine> tree, LocalCore core) {
        this.tree = tree;
        this.core = core;
    }

    public static Cli create(PrintWriter out, PrintWriter err) {
        return create(out, err, StandardStreams::takeForProtocol, System.getenv(), StandardStreams::in,
                LocalCore::openDatabase);
    }

    static Cli create(PrintWriter out, PrintWriter err, Supplier<ProtocolStreams> protocol,
            Map<String, String> environment) {
        return create(out, err, protocol, environment, StandardStreams::in, LocalCore::openDatabase);
    }

    static Cli create(PrintWriter out, PrintWriter err, Supplier<ProtocolStreams> protocol,
            Map<String, String> environment, Supplier<InputStream> stdin, LocalCore.Opener opener) {
        GlobalOptions options = new GlobalOptions();
        LocalCore local = new LocalCore(options, environment, opener);
        Console console = new Console(new JacksonCodec(), options, stdin);
        Map<Class<?>, Supplier<Object>> made = new HashMap<>();
        wire(made, local::orchestrator, console, local);
        Orchestrator.RoleUseCases roles = Orchestrator.roleUseCases(RoleCatalog.builtIn());
        made.put(RolesCommand.class, () -> new RolesCommand(roles.list(), roles.get(), console));
        made.put(PlanCommand.class, () -> new PlanCommand(command -> local.orchestrator().planTask(command),
                roles.list(), console, local));
        made.put(ActingAs.class, () -> new ActingAs(local));
        made.put(InitCommand.class, () -> new InitCommand(new LocalInstallation(environment), console, options));
        made.put(BoardCommand.class, () -> new BoardCommand(new BoardHosting(local::orchestrator), console));
        made.put(ServeCommand.class, () -> new ServeCommand(serving -> Serving.serve(protocol, environment, serving),
                options));
        templates(made, new CommandTemplates(local), local::orchestrator, console, local);

        IFactory factory = new WiringFactory(made);
        ErrorReporter errors = new ErrorReporter(options::noColor);
        Function<String[], CommandLine> tree = args -> {
            CommandLine commandLine = new CommandLine(new OrchestratorCommand(options), factory);
            CommandTree.needed(args).forEach(commandLine::addSubcommand);
            // After the subcommands: picocli hands converters to the subcommands it already has.
            Choices.register(commandLine);
            commandLine.setOut(out);
            commandLine.setErr(err);
            commandLine.setExecutionStrategy(new RetrySafeExecution(() -> options.requestId().orElse(null),
                    () -> local.operator().name(), () -> local.orchestrator().retrySafeCalls()));
            commandLine.setExecutionExceptionHandler(errors);
            commandLine.setExitCodeExceptionMapper(errors);
            commandLine.setAbbreviatedSubcommandsAllowed(false);
            return commandLine;
        };
        return new Cli(tree, local);
    }

    /** Every command that works on the core, with its use cases bound to the core opened on first use. */
    private static void wire(Map<Class<?>, Supplier<Object>> made, Supplier<Orchestrator> core, Console console,
            LocalCore local) {
        QueryTasksUseCase query = q -> core.get().queryTasks(q);
        GetTaskUseCase get = id -> core.get().getTask(id);
        TaskTreeUseCase tree = id -> core.get().taskTree(id);
        TaskHistoryUseCase history = q -> core.get().taskHistory(q);
        ExportUseCase export = (wanted, sink) -> core.get().export(wanted, sink);
        ImportUseCase importer = command -> core.get().importItems(command);
        UpdateTaskUseCase update = c -> core.get().updateTask(c);
        ExecuteTaskUseCase execute = c -> core.get().executeTask(c);
        CompleteTaskUseCase complete = c -> core.get().completeTask(c);
        CancelTaskUseCase cancel = c -> core.get().cancelTask(c);
        DeleteTaskUseCase delete = c -> core.get().deleteTask(c);
        NextTaskUseCase next = q -> core.get().nextTask(q);
        RenderPromptUseCase prompt = q -> core.get().renderPrompt(q);
        ListSessionsUseCase sessions = q -> core.get().listSessions(q);
        SessionStatusUseCase session = q -> core.get().sessionStatus(q);
        ResumeSessionUseCase resume = id -> core.get().resumeSession(id);
        CleanupSessionsUseCase cleanup = c -> core.get().cleanupSessions(c);
        GetStatusUseCase status = q -> core.get().getStatus(q);
        SynthesizeResultsUseCase synthesize = id -> core.get().synthesizeResults(id);
        GetArtifactUseCase artifact = id -> core.get().getArtifact(id);
        HealthCheckUseCase health = q -> core.get().healthCheck(q);
        LifecycleStatusUseCase lifecycle = q -> core.get().lifecycleStatus(q);
        MaintenanceActions maintenance = new MaintenanceActions(r -> core.get().scanCleanup(r),
                r -> core.get().validateStructure(r), r -> core.get().writeStatusReport(r),
                r -> core.get().prepareHandover(r));
        made.put(TaskListCommand.class, () -> new TaskListCommand(query, console));
        made.put(TaskShowCommand.class, () -> new TaskShowCommand(get, console));
        made.put(TaskTreeCommand.class, () -> new TaskTreeCommand(tree, console));
        made.put(TaskHistoryCommand.class, () -> new TaskHistoryCommand(history, console));
        made.put(ExportCommand.class, () -> new ExportCommand(export, console));
        made.put(ImportCommand.class, () -> new ImportCommand(importer, console));
        made.put(TaskUpdateCommand.class, () -> new TaskUpdateCommand(update, console, local));
        made.put(TaskStartCommand.class, () -> new TaskStartCommand(execute, console));
        made.put(TaskCompleteCommand.class, () -> new TaskCompleteCommand(complete, console, local));
        made.put(TaskCancelCommand.class, () -> new TaskCancelCommand(cancel, console, local));
        made.put(TaskDeleteCommand.class, () -> new TaskDeleteCommand(delete, console, local));
        made.put(TaskNextCommand.class, () -> new TaskNextCommand(next, console));
        made.put(TaskPromptCommand.class, () -> new TaskPromptCommand(prompt, console));
        made.put(SessionListCommand.class, () -> new SessionListCommand(sessions, console));
        made.put(SessionShowCommand.class, () -> new SessionShowCommand(session, console, local));
        made.put(SessionResumeCommand.class, () -> new SessionResumeCommand(resume, console));
        made.put(SessionCleanupCommand.class, () -> new SessionCleanupCommand(cleanup, console));
        made.put(StatusCommand.class, () -> new StatusCommand(status, console));
        made.put(SynthesizeCommand.class, () -> new SynthesizeCommand(synthesize, console));
        made.put(ArtifactShowCommand.class, () -> new ArtifactShowCommand(artifact, console));
        made.put(HealthCommand.class, () -> new HealthCommand(health, console));
        made.put(LifecycleCommand.class, () -> new LifecycleCommand(lifecycle, console));
        made.put(MaintenanceCommand.class, () -> new MaintenanceCommand(maintenance, console, local));
    }

    /**
     * The template commands: all but instantiation read and write files only, so they run on the
     * template use cases alone and never open the database.
     */
    private static void templates(Map<Class<?>, Supplier<Object>> made, CommandTemplates templates,
            Supplier<Orchestrator> core, Console console, LocalCore local) {
        ListTemplatesUseCase list = category -> templates.get().list().list(category);
        ShowTemplateUseCase show = templates.show();
        SaveTemplateUseCase save = command -> templates.get().save().save(command);
        DeleteTemplateUseCase delete = (id, category) -> templates.get().delete().delete(id, category);
        InstantiateTemplateUseCase instantiate = command -> core.get().instantiateTemplate(command);
        ValidateTemplatesUseCase validate = templates.validate();
        InstallTemplatesUseCase install = templates.install();
        made.put(TemplateListCommand.class, () -> new TemplateListCommand(list, console));
        made.put(TemplateShowCommand.class, () -> new TemplateShowCommand(show, console));
        made.put(TemplateInfoCommand.class, () -> new TemplateInfoCommand(show, console));
        made.put(TemplateValidateCommand.class, () -> new TemplateValidateCommand(validate, console));
        made.put(TemplateCreateCommand.class, () -> new TemplateCreateCommand(save, console));
        made.put(TemplateDeleteCommand.class, () -> new TemplateDeleteCommand(delete, console));
        made.put(TemplateInstantiateCommand.class, () -> new TemplateInstantiateCommand(instantiate, show, console,
                local));
        made.put(TemplateInstallExamplesCommand.class, () -> new TemplateInstallExamplesCommand(install, console));
        made.put(TemplateInstallLibraryCommand.class, () -> new TemplateInstallLibraryCommand(install, console));
        made.put(TemplateStatusCommand.class, () -> new TemplateStatusCommand(install, console));
        made.put(TemplateValidateAllCommand.class, () -> new TemplateValidateAllCommand(validate, console));
        made.put(Choices.TemplateIds.class, () -> new Choices.TemplateIds(templates::ids));
    }

    /** Runs one command line and returns its exit status. */
    public int execute(String... args) {
        CommandLine commandLine = tree.apply(args);
        int status = commandLine.execute(args);
        try {
            core.close();
        } catch (Exception failure) {
            commandLine.getErr().println("warning: the database did not close cleanly: " + failure.getMessage());
        }
        return status;
    }

    /** Builds our commands with what they need; everything else (picocli's own types) the default way. */
    private static final class WiringFactory implements IFactory {
        private final Map<Class<?>, Supplier<Object>> made;

        WiringFactory(Map<Class<?>, Supplier<Object>> made) {
            this.made = made;
        }

        @Override
        public <K> K create(Class<K> type) throws Exception {
            Supplier<Object> supplier = made.get(type);
            return supplier != null ? type.cast(supplier.get()) : CommandLine.defaultFactory().create(type);
        }
    }
}

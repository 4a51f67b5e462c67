package dev.taskorchestrator.cli.boot;

import dev.taskorchestrator.application.port.in.ListRolesUseCase;
import dev.taskorchestrator.application.port.out.RoleCatalog;
import dev.taskorchestrator.cli.boot.StandardStreams.ProtocolStreams;
import dev.taskorchestrator.cli.command.CompletionCommand;
import dev.taskorchestrator.cli.command.Console;
import dev.taskorchestrator.cli.command.GlobalOptions;
import dev.taskorchestrator.cli.command.InitCommand;
import dev.taskorchestrator.cli.command.OrchestratorCommand;
import dev.taskorchestrator.cli.command.PlanCommand;
import dev.taskorchestrator.cli.command.RolesCommand;
import dev.taskorchestrator.cli.command.ServeCommand;
import dev.taskorchestrator.cli.command.SessionCleanupCommand;
import dev.taskorchestrator.cli.command.SessionCommand;
import dev.taskorchestrator.cli.command.SessionListCommand;
import dev.taskorchestrator.cli.command.SessionResumeCommand;
import dev.taskorchestrator.cli.command.SessionShowCommand;
import dev.taskorchestrator.cli.command.StatusCommand;
import dev.taskorchestrator.cli.command.SynthesizeCommand;
import dev.taskorchestrator.cli.command.TaskCancelCommand;
import dev.taskorchestrator.cli.command.TaskCommand;
import dev.taskorchestrator.cli.command.TaskCompleteCommand;
import dev.taskorchestrator.cli.command.TaskDeleteCommand;
import dev.taskorchestrator.cli.command.TaskHistoryCommand;
import dev.taskorchestrator.cli.command.TaskListCommand;
import dev.taskorchestrator.cli.command.TaskNextCommand;
import dev.taskorchestrator.cli.command.TaskShowCommand;
import dev.taskorchestrator.cli.command.TaskStartCommand;
import dev.taskorchestrator.cli.command.TaskTreeCommand;
import dev.taskorchestrator.cli.command.TaskUpdateCommand;
import java.io.InputStream;
import java.io.PrintWriter;
import java.util.HashMap;
import java.util.Map;
import java.util.function.Function;
import java.util.function.Supplier;
import picocli.CommandLine;
import picocli.CommandLine.IFactory;

/**
 * The composition root: wires the commands to the orchestrator through one factory (no DI
 * container) and runs a command line, closing the database it opened, if any, once done. Both
 * {@link Main} and the tests run it.
 */
public final class Cli {

    private final CommandLine commandLine;
    private final CommandLineClient client;

    private Cli(CommandLine commandLine, CommandLineClient client) {
        this.commandLine = commandLine;
        this.client = client;
    }

    public static Cli create(PrintWriter out, PrintWriter err) {
        return create(out, err, StandardStreams::takeForProtocol, System.getenv(), StandardStreams::in);
    }

    static Cli create(PrintWriter out, PrintWriter err, Supplier<ProtocolStreams> protocol,
            Map<String, String> environment) {
        return create(out, err, protocol, environment, StandardStreams::in);
    }

    static Cli create(PrintWriter out, PrintWriter err, Supplier<ProtocolStreams> protocol,
            Map<String, String> environment, Supplier<InputStream> stdin) {
        GlobalOptions options = new GlobalOptions();
        CommandLineClient client = new CommandLineClient(options, environment);
        Console console = new Console(client, options, stdin);
        RoleCatalog catalog = RoleCatalog.builtIn();
        ListRolesUseCase roles = catalog::all;
        Map<Class<?>, Supplier<Object>> commands = new HashMap<>();
        commands.put(RolesCommand.class, () -> new RolesCommand(roles, console));
        commands.put(ServeCommand.class, () -> new ServeCommand(new StdioServer(protocol, environment), options));
        commands.put(InitCommand.class, () -> new InitCommand(new LocalInstallation(environment), console, options));
        Map<Class<?>, Function<Console, Object>> withConsole = Map.ofEntries(
                Map.entry(PlanCommand.class, PlanCommand::new),
                Map.entry(StatusCommand.class, StatusCommand::new),
                Map.entry(SynthesizeCommand.class, SynthesizeCommand::new),
                Map.entry(TaskListCommand.class, TaskListCommand::new),
                Map.entry(TaskShowCommand.class, TaskShowCommand::new),
                Map.entry(TaskTreeCommand.class, TaskTreeCommand::new),
                Map.entry(TaskUpdateCommand.class, TaskUpdateCommand::new),
                Map.entry(TaskStartCommand.class, TaskStartCommand::new),
                Map.entry(TaskCompleteCommand.class, TaskCompleteCommand::new),
                Map.entry(TaskCancelCommand.class, TaskCancelCommand::new),
                Map.entry(TaskDeleteCommand.class, TaskDeleteCommand::new),
                Map.entry(TaskNextCommand.class, TaskNextCommand::new),
                Map.entry(TaskHistoryCommand.class, TaskHistoryCommand::new),
                Map.entry(SessionListCommand.class, SessionListCommand::new),
                Map.entry(SessionShowCommand.class, SessionShowCommand::new),
                Map.entry(SessionResumeCommand.class, SessionResumeCommand::new),
                Map.entry(SessionCleanupCommand.class, SessionCleanupCommand::new));
        withConsole.forEach((type, make) -> commands.put(type, () -> make.apply(console)));

        ErrorReporter errors = new ErrorReporter(options::noColor);
        CommandLine commandLine = new CommandLine(new OrchestratorCommand(options), new WiringFactory(commands));
        commandLine.addSubcommand("init", InitCommand.class);
        commandLine.addSubcommand("plan", PlanCommand.class);
        commandLine.addSubcommand("task", TaskCommand.class);
        commandLine.addSubcommand("session", SessionCommand.class);
        commandLine.addSubcommand("status", StatusCommand.class);
        commandLine.addSubcommand("synthesize", SynthesizeCommand.class);
        commandLine.addSubcommand("roles", RolesCommand.class);
        commandLine.addSubcommand("serve", ServeCommand.class);
        commandLine.addSubcommand("completion", CompletionCommand.class);
        commandLine.setOut(out);
        commandLine.setErr(err);
        commandLine.setExecutionExceptionHandler(errors);
        commandLine.setExitCodeExceptionMapper(errors);
        commandLine.setAbbreviatedSubcommandsAllowed(false);
        return new Cli(commandLine, client);
    }

    /** Runs one command line and returns its exit status. */
    public int execute(String... args) {
        int status = commandLine.execute(args);
        try {
            client.close();
        } catch (RuntimeException failure) {
            commandLine.getErr().println("warning: the database did not close cleanly: " + failure.getMessage());
        }
        return status;
    }

    CommandLine commandLine() {
        return commandLine;
    }

    /** Builds our commands with what they need; everything else (picocli's own types) the default way. */
    private static final class WiringFactory implements IFactory {
        private final Map<Class<?>, Supplier<Object>> commands;

        WiringFactory(Map<Class<?>, Supplier<Object>> commands) {
            this.commands = commands;
        }

        @Override
        public <K> K create(Class<K> type) throws Exception {
            Supplier<Object> supplier = commands.get(type);
            return supplier != null ? type.cast(supplier.get()) : CommandLine.defaultFactory().create(type);
        }
    }
}

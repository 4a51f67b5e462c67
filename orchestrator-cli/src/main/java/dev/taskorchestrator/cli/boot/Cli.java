package dev.taskorchestrator.cli.boot;

import dev.taskorchestrator.application.port.in.ListRolesUseCase;
import dev.taskorchestrator.application.port.out.RoleCatalog;
import dev.taskorchestrator.cli.command.OrchestratorCommand;
import dev.taskorchestrator.cli.boot.StandardStreams.ProtocolStreams;
import dev.taskorchestrator.cli.command.RolesCommand;
import dev.taskorchestrator.cli.command.ServeCommand;
import java.io.PrintWriter;
import java.util.Map;
import java.util.function.Supplier;
import picocli.CommandLine;
import picocli.CommandLine.IFactory;

/**
 * The composition root: wires use cases into commands through one factory (no DI container),
 * and builds the command line that both {@link Main} and the tests execute.
 */
public final class Cli {

    private Cli() {
    }

    public static CommandLine create(PrintWriter out, PrintWriter err) {
        return create(out, err, StandardStreams::takeForProtocol, System.getenv());
    }

    static CommandLine create(PrintWriter out, PrintWriter err, Supplier<ProtocolStreams> protocol,
            Map<String, String> environment) {
        RoleCatalog catalog = RoleCatalog.builtIn();
        ListRolesUseCase roles = catalog::all;
        Map<Class<?>, Supplier<Object>> commands = Map.of(
                RolesCommand.class, () -> new RolesCommand(roles),
                ServeCommand.class, () -> new ServeCommand(new StdioServer(protocol, environment)));
        ErrorReporter errors = new ErrorReporter();
        CommandLine commandLine = new CommandLine(new OrchestratorCommand(), new WiringFactory(commands));
        commandLine.addSubcommand("roles", RolesCommand.class);
        commandLine.addSubcommand("serve", ServeCommand.class);
        commandLine.setOut(out);
        commandLine.setErr(err);
        commandLine.setExecutionExceptionHandler(errors);
        commandLine.setExitCodeExceptionMapper(errors);
        commandLine.setAbbreviatedSubcommandsAllowed(false);
        return commandLine;
    }

    /** Builds our commands with their use cases; everything else (picocli's own types) the default way. */
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

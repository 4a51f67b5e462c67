package dev.taskorchestrator.cli.boot;

import dev.taskorchestrator.cli.command.ArtifactCommand;
import dev.taskorchestrator.cli.command.CompletionCommand;
import dev.taskorchestrator.cli.command.ExportCommand;
import dev.taskorchestrator.cli.command.HealthCommand;
import dev.taskorchestrator.cli.command.ImportCommand;
import dev.taskorchestrator.cli.command.InitCommand;
import dev.taskorchestrator.cli.command.LifecycleCommand;
import dev.taskorchestrator.cli.command.MaintenanceCommand;
import dev.taskorchestrator.cli.command.PlanCommand;
import dev.taskorchestrator.cli.command.RolesCommand;
import dev.taskorchestrator.cli.command.BoardCommand;
import dev.taskorchestrator.cli.command.ServeCommand;
import dev.taskorchestrator.cli.command.SessionCommand;
import dev.taskorchestrator.cli.command.StatusCommand;
import dev.taskorchestrator.cli.command.SynthesizeCommand;
import dev.taskorchestrator.cli.command.TaskCommand;
import dev.taskorchestrator.cli.command.TemplateCommand;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Which subcommands a command line needs. picocli reads every command's annotations by reflection
 * when it is added, which was most of the time `--version` took; a command line that names its
 * subcommand gets that one alone, and `--version` none. Whatever lists or searches the commands
 * (help, no command at all, a mistyped one, shell completion) gets them all.
 */
final class CommandTree {

    /** Every subcommand of the root, in the order help lists them. */
    static final Map<String, Class<?>> ALL = all();

    /** The root's options that take a value in the next argument (a test holds it to the root command). */
    static final Set<String> OPTIONS_WITH_VALUE = Set.of("-w", "--workspace", "--db", "--request-id");
    private static final Set<String> VERSION = Set.of("-V", "--version");
    private static final Set<String> HELP = Set.of("-h", "--help");

    private CommandTree() {
    }

    static Map<String, Class<?>> needed(String... args) {
        String named = firstPositional(args);
        if (named == null) {
            List<String> given = List.of(args);
            boolean versionOnly = given.stream().anyMatch(VERSION::contains) && given.stream().noneMatch(HELP::contains);
            return versionOnly ? Map.of() : ALL;
        }
        Class<?> command = ALL.get(named);
        return command == null || command == CompletionCommand.class ? ALL : Map.of(named, command);
    }

    /** The whole command line is {@code --version} (or {@code -V}): nothing else to parse or check. */
    static boolean versionAlone(String... args) {
        return args.length == 1 && VERSION.contains(args[0]);
    }

    /** The command line serves MCP over stdio: {@code serve} without {@code --http}, help or version. */
    static boolean servesStdio(String... args) {
        return "serve".equals(firstPositional(args)) && Arrays.stream(args).noneMatch(arg -> HELP.contains(arg)
                || VERSION.contains(arg) || arg.equals("--http") || arg.startsWith("--http="));
    }

    private static String firstPositional(String... args) {
        for (int i = 0; i < args.length; i++) {
            String arg = args[i];
            if (OPTIONS_WITH_VALUE.contains(arg)) {
                i++;
            } else if (!arg.startsWith("-")) {
                return arg;
            }
        }
        return null;
    }

    private static Map<String, Class<?>> all() {
        Map<String, Class<?>> all = new LinkedHashMap<>();
        all.put("init", InitCommand.class);
        all.put("plan", PlanCommand.class);
        all.put("task", TaskCommand.class);
        all.put("session", SessionCommand.class);
        all.put("status", StatusCommand.class);
        all.put("export", ExportCommand.class);
        all.put("import", ImportCommand.class);
        all.put("synthesize", SynthesizeCommand.class);
        all.put("artifact", ArtifactCommand.class);
        all.put("roles", RolesCommand.class);
        all.put("template", TemplateCommand.class);
        all.put("health", HealthCommand.class);
        all.put("maintenance", MaintenanceCommand.class);
        all.put("lifecycle", LifecycleCommand.class);
        all.put("board", BoardCommand.class);
        all.put("serve", ServeCommand.class);
        all.put("completion", CompletionCommand.class);
        return Collections.unmodifiableMap(all);
    }
}

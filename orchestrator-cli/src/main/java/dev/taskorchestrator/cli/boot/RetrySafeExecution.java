package dev.taskorchestrator.cli.boot;

import dev.taskorchestrator.application.port.in.RetrySafeCallUseCase;
import dev.taskorchestrator.application.port.out.RequestLog;
import dev.taskorchestrator.domain.common.OrchestratorException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.Supplier;
import picocli.CommandLine;

/**
 * {@code --request-id}: a command that changes the store runs at most once for the id. The command
 * runs with its output captured, in one transaction with the keeping of that output and its exit
 * status; the same command line again with the id prints what the first printed and changes
 * nothing. Without the option a command runs as it always did.
 */
final class RetrySafeExecution implements CommandLine.IExecutionStrategy {

    /** Commands that act on the store only, so that their result is kept in their own transaction. */
    static final Set<String> STORE_COMMANDS = Set.of("plan", "task update", "task start", "task complete",
            "task cancel", "task delete", "task next", "session resume", "session cleanup", "maintenance",
            "template instantiate");

    private final Supplier<String> requestId;
    private final Supplier<String> actor;
    private final Supplier<RetrySafeCallUseCase> calls;

    RetrySafeExecution(Supplier<String> requestId, Supplier<String> actor, Supplier<RetrySafeCallUseCase> calls) {
        this.requestId = requestId;
        this.actor = actor;
        this.calls = calls;
    }

    @Override
    public int execute(CommandLine.ParseResult parsed) {
        String id = requestId.get();
        if (id == null) {
            return new CommandLine.RunLast().execute(parsed);
        }
        CommandLine command = lastOf(parsed).commandSpec().commandLine();
        String name = command.getCommandSpec().qualifiedName(" ").replaceFirst("^\\S+ ", "");
        if (!STORE_COMMANDS.contains(name)) {
            throw new CommandLine.ExecutionException(command, "request_id", OrchestratorException.invalid("request_id",
                    "--request-id is for the commands that change the store: "
                            + String.join(", ", STORE_COMMANDS.stream().sorted().toList()), List.of()));
        }
        String kept;
        try {
            kept = calls.get().once(new RetrySafeCallUseCase.Call(new RequestLog.Key(actor.get(), id),
                    fingerprint(name, parsed.originalArgs()), () -> captured(parsed, command)));
        } catch (CommandLine.ExecutionException failedInTheCommand) {
            throw failedInTheCommand;
        } catch (RuntimeException refused) {
            // A bad id, a conflict, a store that cannot be opened: reported like a command's own failure.
            throw new CommandLine.ExecutionException(command, "request_id", refused);
        }
        int newline = kept.indexOf('\n');
        command.getOut().print(kept.substring(newline + 1));
        command.getOut().flush();
        return Integer.parseInt(kept.substring(0, newline));
    }

    /** Runs the command with its output kept in a string: its exit status, a newline, what it printed. */
    private static String captured(CommandLine.ParseResult parsed, CommandLine command) {
        PrintWriter out = command.getOut();
        StringWriter text = new StringWriter();
        command.setOut(new PrintWriter(text, true));
        try {
            int status = new CommandLine.RunLast().execute(parsed);
            return status + "\n" + text;
        } finally {
            command.setOut(out);
        }
    }

    private static CommandLine.ParseResult lastOf(CommandLine.ParseResult parsed) {
        CommandLine.ParseResult last = parsed;
        while (last.hasSubcommand()) {
            last = last.subcommand();
        }
        return last;
    }

    /** The command and its arguments without the request id, in the order given. */
    static String fingerprint(String command, List<String> args) {
        List<String> asked = new ArrayList<>(List.of(command));
        for (int i = 0; i < args.size(); i++) {
            String arg = args.get(i);
            if (arg.equals("--request-id")) {
                i++;
            } else if (!arg.startsWith("--request-id=")) {
                asked.add(arg);
            }
        }
        return String.join("\u0000", asked);
    }
}

package dev.taskorchestrator.cli.boot;

import dev.taskorchestrator.cli.command.Field;
import dev.taskorchestrator.domain.common.OrchestratorException;
import java.util.function.BooleanSupplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import picocli.CommandLine.IExecutionExceptionHandler;
import picocli.CommandLine.IExitCodeExceptionMapper;
import picocli.CommandLine.Model.ArgSpec;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.ParseResult;
import picocli.CommandLine;

/**
 * The one place the CLI turns a failure into what a person sees and the exit status a script
 * sees: a domain error is one line on stderr and status 1, naming the option the person typed
 * where the error is about one ({@code --parent}, not {@code parent_task_id}); a usage error is
 * status 2 (picocli's own handler prints it with a suggestion); nothing prints a stack trace.
 */
final class ErrorReporter implements IExecutionExceptionHandler, IExitCodeExceptionMapper {

    static final int DOMAIN_ERROR = 1;
    static final int USAGE_ERROR = 2;

    /** A field as an error names it: {@code add_dependencies[0]} or {@code subtasks[1].title} is about its first part. */
    private static final Pattern FIELD_HEAD = Pattern.compile("^([a-z_]+)(\\[\\d+])?");

    private final BooleanSupplier noColor;

    ErrorReporter(BooleanSupplier noColor) {
        this.noColor = noColor;
    }

    @Override
    public int handleExecutionException(Exception failure, CommandLine command, ParseResult parsed) {
        var err = command.getErr();
        if (failure instanceof OrchestratorException domain) {
            String message = inTheWordsTyped(domain, command);
            err.println(styled(command, "error: " + message));
            // Some messages already end with the values allowed; once is enough.
            if (!domain.allowed().isEmpty() && !message.contains(String.join(", ", domain.allowed()))) {
                err.println("allowed: " + String.join(", ", domain.allowed()));
            }
        } else {
            err.println(styled(command, "internal error: " + failure.getClass().getSimpleName()
                    + (failure.getMessage() == null ? "" : ": " + failure.getMessage())));
        }
        err.flush();
        return getExitCode(failure);
    }

    /**
     * The message in the words the person typed: a message that begins with the field it is about
     * names the option or parameter that fills it instead ({@code add_dependencies[0] ...} becomes
     * {@code --add-dependency[0] ...}); any other message about such a field says which one it is.
     */
    private static String inTheWordsTyped(OrchestratorException domain, CommandLine command) {
        String message = domain.getMessage();
        Matcher head = FIELD_HEAD.matcher(domain.field().orElse(""));
        if (!head.find()) {
            return message;
        }
        String name = head.group(1);
        return command.getCommandSpec().args().stream()
                .filter(arg -> arg.userObject() instanceof java.lang.reflect.Field declared
                        && declared.isAnnotationPresent(Field.class)
                        && declared.getAnnotation(Field.class).value().equals(name))
                .findFirst()
                .map(arg -> message.startsWith(name) ? typed(arg) + rest(message.substring(name.length()))
                        : message + " (" + typed(arg) + ")")
                .orElse(message);
    }

    /** {@code parameters.days ...} reads {@code --param days ...}: the name after the option, as it is typed. */
    private static String rest(String afterField) {
        return afterField.startsWith(".") ? " " + afterField.substring(1) : afterField;
    }

    private static String typed(ArgSpec arg) {
        return arg instanceof OptionSpec option ? option.longestName() : arg.paramLabel();
    }

    /** In the error style on a terminal, plain with --no-color or when stderr goes elsewhere. */
    private String styled(CommandLine command, String text) {
        return noColor.getAsBoolean() ? text : command.getColorScheme().errorText(text).toString();
    }

    @Override
    public int getExitCode(Throwable failure) {
        return failure instanceof CommandLine.ParameterException ? USAGE_ERROR : DOMAIN_ERROR;
    }
}

package dev.taskorchestrator.cli.boot;

import dev.taskorchestrator.domain.common.OrchestratorException;
import java.util.function.BooleanSupplier;
import picocli.CommandLine;
import picocli.CommandLine.IExecutionExceptionHandler;
import picocli.CommandLine.IExitCodeExceptionMapper;
import picocli.CommandLine.ParseResult;

/**
 * The one place the CLI turns a failure into what a person sees and the exit status a script
 * sees: a domain error is one line on stderr and status 1; a usage error is status 2 (picocli's
 * own handler prints it with a suggestion); nothing prints a stack trace.
 */
final class ErrorReporter implements IExecutionExceptionHandler, IExitCodeExceptionMapper {

    private final BooleanSupplier noColor;

    ErrorReporter(BooleanSupplier noColor) {
        this.noColor = noColor;
    }

    static final int DOMAIN_ERROR = 1;
    static final int USAGE_ERROR = 2;

    @Override
    public int handleExecutionException(Exception failure, CommandLine command, ParseResult parsed) {
        var err = command.getErr();
        if (failure instanceof OrchestratorException domain) {
            err.println(styled(command, "error: " + domain.getMessage()));
            if (!domain.allowed().isEmpty()) {
                err.println("allowed: " + String.join(", ", domain.allowed()));
            }
        } else {
            err.println(styled(command, "internal error: " + failure.getClass().getSimpleName()
                    + (failure.getMessage() == null ? "" : ": " + failure.getMessage())));
        }
        err.flush();
        return getExitCode(failure);
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

package dev.taskorchestrator.cli.command;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** One session with its task counts. */
@Command(name = "show", mixinStandardHelpOptions = true, description = "Shows one session with its task counts.",
        footerHeading = "%nExample:%n", footer = "  orchestrator session show session_01jq2m3n4p5r")
public final class SessionShowCommand implements Callable<Integer> {

    private final Console console;

    @Spec
    private CommandSpec spec;

    @Parameters(paramLabel = "SESSION_ID", description = "The session.")
    private String sessionId;

    public SessionShowCommand(Console console) {
        this.console = console;
    }

    @Override
    public Integer call() {
        console.show(spec, console.client().call("orchestrator_session_status", ToolArgs.of()
                .put("session_id", sessionId).map()));
        return 0;
    }
}

package dev.taskorchestrator.cli.command;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** Makes a session active again. */
@Command(name = "resume", mixinStandardHelpOptions = true, description = "Makes a paused or completed session "
        + "active again.", footerHeading = "%nExample:%n", footer = "  orchestrator session resume session_01jq2m3n4p5r")
public final class SessionResumeCommand implements Callable<Integer> {

    private final Console console;

    @Spec
    private CommandSpec spec;

    @Parameters(paramLabel = "SESSION_ID", description = "The session.")
    private String sessionId;

    public SessionResumeCommand(Console console) {
        this.console = console;
    }

    @Override
    public Integer call() {
        console.show(spec, console.client().call("orchestrator_resume_session", ToolArgs.of()
                .put("session_id", sessionId).map()));
        return 0;
    }
}

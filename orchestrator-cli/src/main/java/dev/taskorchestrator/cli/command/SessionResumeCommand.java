package dev.taskorchestrator.cli.command;

import dev.taskorchestrator.application.port.in.ResumeSessionUseCase;
import dev.taskorchestrator.domain.session.SessionId;
import dev.taskorchestrator.wire.SessionDocuments;
import dev.taskorchestrator.wire.SessionTexts;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** Makes a session active again. */
@Command(name = "resume", mixinStandardHelpOptions = true, description = "Makes a paused or completed session "
        + "active again.", footerHeading = "%nExample:%n", footer = "  orchestrator session resume session_01jq2m3n4p5r")
public final class SessionResumeCommand implements Callable<Integer> {

    private final ResumeSessionUseCase resumeSession;
    private final Console console;

    @Spec
    private CommandSpec spec;

    @Field("session_id")
    @Parameters(paramLabel = "SESSION_ID", description = "The session.")
    private SessionId sessionId;

    public SessionResumeCommand(ResumeSessionUseCase resumeSession, Console console) {
        this.resumeSession = resumeSession;
        this.console = console;
    }

    @Override
    public Integer call() {
        var resumed = resumeSession.resume(sessionId);
        console.show(spec, SessionDocuments.session(resumed), SessionTexts.resumed(resumed));
        return 0;
    }
}

package dev.taskorchestrator.cli.command;

import dev.taskorchestrator.application.port.in.SessionStatusUseCase;
import dev.taskorchestrator.domain.session.SessionId;
import dev.taskorchestrator.wire.SessionDocuments;
import dev.taskorchestrator.wire.SessionTexts;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** One session with its task counts: the one named, else the workspace's open session. */
@Command(name = "show", mixinStandardHelpOptions = true,
        description = "Shows one session with its task counts; without an id, the workspace's open session (the one "
                + "agents on this workspace work in).",
        footerHeading = "%nExamples:%n", footer = {"  orchestrator session show",
            "  orchestrator session show session_01jq2m3n4p5r"})
public final class SessionShowCommand implements Callable<Integer> {

    private final SessionStatusUseCase sessionStatus;
    private final Console console;
    private final Invocation invocation;

    @Spec
    private CommandSpec spec;

    @Field("session_id")
    @Parameters(arity = "0..1", paramLabel = "SESSION_ID", description = "The session.")
    private SessionId sessionId;

    public SessionShowCommand(SessionStatusUseCase sessionStatus, Console console, Invocation invocation) {
        this.sessionStatus = sessionStatus;
        this.console = console;
        this.invocation = invocation;
    }

    @Override
    public Integer call() {
        var details = sessionStatus.status(new SessionStatusUseCase.Query(Optional.ofNullable(sessionId),
                Optional.of(invocation.workspace())));
        console.show(spec, SessionDocuments.session(details), SessionTexts.session(details));
        return 0;
    }
}

package dev.taskorchestrator.cli.command;

import dev.taskorchestrator.application.port.in.GetStatusUseCase;
import dev.taskorchestrator.domain.session.SessionId;
import dev.taskorchestrator.wire.TaskDocuments;
import dev.taskorchestrator.wire.TaskTexts;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** Where the work stands: counts by status and the first tasks of each. */
@Command(name = "status", mixinStandardHelpOptions = true,
        description = "Shows where the work stands: how many tasks are in each status, and the first ones in progress, "
                + "pending, blocked and failed.",
        footerHeading = "%nExample:%n", footer = "  orchestrator status --completed --limit 5")
public final class StatusCommand implements Callable<Integer> {

    private final GetStatusUseCase getStatus;
    private final Console console;

    @Spec
    private CommandSpec spec;

    @Field("session_id")
    @Option(names = "--session", paramLabel = "SESSION_ID", description = "Only this session's tasks.")
    private SessionId session;

    @Option(names = "--completed", description = "Also list completed tasks.")
    private boolean completed;

    @Field("limit")
    @Option(names = "--limit", paramLabel = "N", description = "Tasks listed per status, 1-100. Default: 10.")
    private int limit = GetStatusUseCase.Query.DEFAULT_LIMIT;

    public StatusCommand(GetStatusUseCase getStatus, Console console) {
        this.getStatus = getStatus;
        this.console = console;
    }

    @Override
    public Integer call() {
        var report = getStatus.status(new GetStatusUseCase.Query(Optional.ofNullable(session), completed, limit));
        console.show(spec, TaskDocuments.status(report), TaskTexts.status(report));
        return 0;
    }
}

package dev.taskorchestrator.cli.command;

import dev.taskorchestrator.application.port.in.CleanupSessionsUseCase;
import dev.taskorchestrator.domain.session.CleanupType;
import dev.taskorchestrator.wire.SessionDocuments;
import dev.taskorchestrator.wire.SessionTexts;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** Lists, and with --apply archives, sessions that are done or abandoned. */
@Command(name = "cleanup", mixinStandardHelpOptions = true,
        description = "Lists the sessions that are done or abandoned; with --apply, archives them (their tasks and "
                + "history are kept).",
        footerHeading = "%nExamples:%n",
        footer = {"  orchestrator session cleanup --type old --older-than-days 30",
            "  orchestrator session cleanup --type completed --apply"})
public final class SessionCleanupCommand implements Callable<Integer> {

    private final CleanupSessionsUseCase cleanupSessions;
    private final Console console;

    @Spec
    private CommandSpec spec;

    @Field("cleanup_type")
    @Option(names = "--type", paramLabel = "TYPE", completionCandidates = Choices.CleanupTypes.class,
            description = "${COMPLETION-CANDIDATES}. Default: completed.")
    private CleanupType type = CleanupSessionsUseCase.Command.DEFAULT_TYPE;

    @Field("older_than_days")
    @Option(names = "--older-than-days", paramLabel = "DAYS", description = "Idle for longer than this. Default: 7.")
    private int olderThanDays = CleanupSessionsUseCase.Command.DEFAULT_OLDER_THAN_DAYS;

    @Option(names = "--apply", description = "Archive them; without it, only list them.")
    private boolean apply;

    public SessionCleanupCommand(CleanupSessionsUseCase cleanupSessions, Console console) {
        this.cleanupSessions = cleanupSessions;
        this.console = console;
    }

    @Override
    public Integer call() {
        var result = cleanupSessions.cleanup(new CleanupSessionsUseCase.Command(type, olderThanDays, !apply));
        console.show(spec, SessionDocuments.cleanup(result), SessionTexts.cleanup(result));
        return 0;
    }
}

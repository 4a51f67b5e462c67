package dev.taskorchestrator.cli.command;

import dev.taskorchestrator.application.port.in.ListSessionsUseCase;
import dev.taskorchestrator.application.port.in.SessionDetails;
import dev.taskorchestrator.wire.SessionDocuments;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** The sessions, most recently active first. */
@Command(name = "list", mixinStandardHelpOptions = true,
        description = "Lists the sessions, most recently active first, with their task counts and progress.",
        footerHeading = "%nExample:%n", footer = "  orchestrator session list --all")
public final class SessionListCommand implements Callable<Integer> {

    private final ListSessionsUseCase listSessions;
    private final Console console;

    @Spec
    private CommandSpec spec;

    @Option(names = "--all", description = "Also completed and archived sessions.")
    private boolean all;

    @Field("limit")
    @Option(names = "--limit", paramLabel = "N", description = "How many, 1-100. Default: 10.")
    private int limit = ListSessionsUseCase.Query.DEFAULT_LIMIT;

    public SessionListCommand(ListSessionsUseCase listSessions, Console console) {
        this.listSessions = listSessions;
        this.console = console;
    }

    @Override
    public Integer call() {
        List<SessionDetails> sessions = listSessions.list(new ListSessionsUseCase.Query(all, limit));
        console.show(spec, SessionDocuments.sessions(sessions), (out, ansi) -> {
            if (sessions.isEmpty()) {
                out.println("No session yet: an agent's orchestrator_initialize_session starts one.");
                return;
            }
            new Table<SessionDetails>().column("ID", row -> row.session().id().value())
                    .column("STATUS", row -> row.session().status().wire())
                    .column("TASKS", row -> String.valueOf(row.totalTasks()))
                    .column("DONE", row -> row.progressPercent() + "%")
                    .column("NAME", row -> row.session().name())
                    .column("WORKSPACE", row -> row.session().workspace())
                    .print(out, ansi, sessions);
        });
        return 0;
    }
}

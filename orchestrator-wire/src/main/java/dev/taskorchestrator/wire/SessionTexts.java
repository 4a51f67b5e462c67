package dev.taskorchestrator.wire;

import dev.taskorchestrator.application.port.in.CleanupSessionsUseCase;
import dev.taskorchestrator.application.port.in.InitializeSessionUseCase;
import dev.taskorchestrator.application.port.in.SessionDetails;
import java.util.List;
import java.util.stream.Collectors;

/** The short plain-text renderings of the session use cases' results. */
public final class SessionTexts {

    private SessionTexts() {
    }

    /** {@code session_... [active] name (12 tasks, 50% done) /the/workspace}. */
    public static String line(SessionDetails details) {
        var session = details.session();
        return session.id() + " [" + session.status().wire() + "] " + session.name() + " (" + details.totalTasks()
                + " tasks, " + details.progressPercent() + "% done) " + session.workspace();
    }

    public static String started(InitializeSessionUseCase.SessionStarted started) {
        var session = started.session().session();
        return (started.resumed() ? "Resumed" : "Started") + " session " + session.id() + " '" + session.name()
                + "' for " + session.workspace() + " (" + started.session().totalTasks() + " tasks, "
                + started.session().progressPercent() + "% done).\nWorkflow:\n"
                + String.join("\n", started.workflow().stream().map(step -> "- " + step).toList())
                + "\nRoles: " + String.join(", ", started.roles().stream().map(role -> role.name()).toList());
    }

    public static String sessions(List<SessionDetails> sessions) {
        return sessions.size() + " session(s)" + (sessions.isEmpty() ? "." : ":\n" + sessions.stream()
                .map(details -> "- " + line(details)).collect(Collectors.joining("\n")));
    }

    public static String session(SessionDetails details) {
        return line(details) + "\nBy status: " + Rows.counts(details.taskCounts());
    }

    public static String resumed(SessionDetails details) {
        return "Resumed " + line(details);
    }

    public static String cleanup(CleanupSessionsUseCase.Result result) {
        return (result.dryRun() ? "Would archive " : "Archived ") + result.sessions().size() + " of "
                + result.examined() + " session(s)" + (result.sessions().isEmpty() ? "." : ":\n" + result.sessions()
                        .stream().map(s -> "- " + s.sessionId() + ": " + s.reason()).collect(Collectors.joining("\n")));
    }
}

package dev.taskorchestrator.wire;

import dev.taskorchestrator.application.port.in.CleanupSessionsUseCase;
import dev.taskorchestrator.application.port.in.InitializeSessionUseCase;
import dev.taskorchestrator.application.port.in.SessionDetails;
import dev.taskorchestrator.domain.role.SpecialistRole;
import java.util.List;
import java.util.Map;

/** The documents of the session use cases' results, and of the roles a session offers. */
public final class SessionDocuments {

    private SessionDocuments() {
    }

    /** The session, whether it was resumed, the workflow to follow and the roles on offer. */
    public static Map<String, Object> started(InitializeSessionUseCase.SessionStarted started) {
        return Document.with("session", Rows.session(started.session()))
                .put("resumed", started.resumed())
                .put("workflow", started.workflow())
                .put("specialist_roles", started.roles().stream().map(Rows::role).toList())
                .map();
    }

    /** The specialist roles on offer, each in full. */
    public static Map<String, Object> roles(List<SpecialistRole> roles) {
        return Document.with("roles", roles.stream().map(Rows::roleInFull).toList()).map();
    }

    public static Map<String, Object> sessions(List<SessionDetails> sessions) {
        return Document.with("sessions", sessions.stream().map(Rows::session).toList())
                .put("count", sessions.size())
                .map();
    }

    /** One session with its task counts. */
    public static Map<String, Object> session(SessionDetails details) {
        return Document.with("session", Rows.session(details)).map();
    }

    public static Map<String, Object> cleanup(CleanupSessionsUseCase.Result result) {
        return Document.with("dry_run", result.dryRun())
                .put("examined", result.examined())
                .put("sessions", result.sessions().stream().map(cleaned -> Document
                        .with("session_id", cleaned.sessionId().value()).put("reason", cleaned.reason()).map()).toList())
                .put("count", result.sessions().size())
                .map();
    }
}

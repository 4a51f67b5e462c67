package dev.taskorchestrator.application.service;

import dev.taskorchestrator.application.port.in.InitializeSessionUseCase;
import dev.taskorchestrator.application.port.out.IdGenerator;
import dev.taskorchestrator.application.port.out.RoleCatalog;
import dev.taskorchestrator.application.port.out.SessionRepository;
import dev.taskorchestrator.application.port.out.UnitOfWork;
import dev.taskorchestrator.domain.session.Session;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

final class InitializeSessionService implements InitializeSessionUseCase {

    /** The loop an agent follows, in the words of the tools it calls. */
    static final List<String> WORKFLOW = List.of(
            "plan: break the job into a tree of tasks with dependencies and store it in one call (orchestrator_plan_task with subtasks)",
            "execute: take the next ready task (orchestrator_next_task, or orchestrator_execute_task with its id) and do it in the specialist role it returns",
            "complete: hand in a short summary and the detailed work (orchestrator_complete_task); the work is kept as an artifact",
            "synthesize: when a plan's subtasks are done, gather their results (orchestrator_synthesize_results)");

    private final SessionRepository repository;
    private final Sessions sessions;
    private final RoleCatalog roles;
    private final IdGenerator ids;
    private final UnitOfWork unitOfWork;
    private final Clock clock;

    InitializeSessionService(SessionRepository repository, Sessions sessions, RoleCatalog roles, IdGenerator ids,
            UnitOfWork unitOfWork, Clock clock) {
        this.repository = repository;
        this.sessions = sessions;
        this.roles = roles;
        this.ids = ids;
        this.unitOfWork = unitOfWork;
        this.clock = clock;
    }

    @Override
    public SessionStarted initialize(Command command) {
        return unitOfWork.inTransaction(() -> {
            Instant now = clock.instant();
            Optional<Session> existing = repository.findOpenByWorkspace(command.workspace());
            Session session = existing
                    .map(open -> open.resume(now))
                    .orElseGet(() -> Session.start(ids.newSessionId(), command.name().orElse(defaultName(command.workspace())),
                            command.workspace(), now));
            repository.save(session);
            return new SessionStarted(sessions.details(session), existing.isPresent(), WORKFLOW, roles.all());
        });
    }

    private static String defaultName(String workspace) {
        String trimmed = workspace.replaceAll("[/\\\\]+$", "");
        int slash = Math.max(trimmed.lastIndexOf('/'), trimmed.lastIndexOf('\\'));
        String last = slash >= 0 ? trimmed.substring(slash + 1) : trimmed;
        return last.isBlank() ? "workspace" : last;
    }
}

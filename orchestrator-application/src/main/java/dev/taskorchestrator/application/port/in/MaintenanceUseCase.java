package dev.taskorchestrator.application.port.in;

import dev.taskorchestrator.domain.artifact.ArtifactId;
import dev.taskorchestrator.domain.common.Checks;
import dev.taskorchestrator.domain.common.OrchestratorException;
import dev.taskorchestrator.domain.common.WireValue;
import dev.taskorchestrator.domain.common.WireValues;
import dev.taskorchestrator.domain.session.SessionId;
import dev.taskorchestrator.domain.task.TaskId;
import java.util.List;
import java.util.Optional;

/**
 * Keeps the workspace tidy and sound: scans for stale work (archiving it from the comprehensive
 * level up), validates the structure, and writes a status report or a handover as Markdown. Every
 * run is recorded as a completed review task whose artifact is the run's report.
 */
public interface MaintenanceUseCase {

    Report run(Command command);

    enum Action implements WireValue {
        SCAN_CLEANUP, VALIDATE_STRUCTURE, UPDATE_DOCUMENTATION, PREPARE_HANDOVER;

        @Override
        public String wire() {
            return WireValues.wireOf(this);
        }
    }

    enum Scope implements WireValue {
        CURRENT_SESSION, FULL_PROJECT, SPECIFIC_SUBTASK;

        @Override
        public String wire() {
            return WireValues.wireOf(this);
        }
    }

    /** How far a run goes: basic only reports; comprehensive and full audit also clean up what they find. */
    enum Level implements WireValue {
        BASIC, COMPREHENSIVE, FULL_AUDIT;

        @Override
        public String wire() {
            return WireValues.wireOf(this);
        }

        public boolean cleansUp() {
            return this != BASIC;
        }
    }

    /**
     * @param target the task whose subtree is examined, for {@code specific_subtask}
     * @param session the session examined, for {@code current_session}
     */
    record Command(Action action, Scope scope, Level level, Optional<TaskId> target, Optional<SessionId> session) {
        public Command {
            Checks.required(action, "action");
            Checks.required(scope, "scope");
            Checks.required(level, "validation_level");
            Checks.required(target, "target_task_id");
            Checks.required(session, "session_id");
            if (scope == Scope.SPECIFIC_SUBTASK && target.isEmpty()) {
                throw OrchestratorException.invalid("target_task_id", "target_task_id is required when scope is "
                        + "specific_subtask");
            }
            if (scope == Scope.CURRENT_SESSION && session.isEmpty()) {
                throw OrchestratorException.invalid("scope", "scope current_session needs a session: initialize one "
                        + "first, or use full_project", WireValues.allowed(Scope.class));
            }
        }
    }

    /** Something a run found, about a task or (for the store's integrity) about none. */
    record Finding(String kind, Optional<TaskId> taskId, String detail) {
    }

    /**
     * @param examined how many tasks the run looked at
     * @param archived stale tasks archived (comprehensive and full audit only)
     * @param released expired claims returned to pending (likewise)
     * @param record the completed review task that records the run, with {@code artifact} as its report
     */
    record Report(Action action, Scope scope, Level level, int examined, List<Finding> findings, List<TaskId> archived,
            List<TaskId> released, String markdown, TaskId record, ArtifactId artifact) {
        public Report {
            findings = List.copyOf(findings);
            archived = List.copyOf(archived);
            released = List.copyOf(released);
        }
    }
}

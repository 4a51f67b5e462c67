package dev.taskorchestrator.application.port.in;

import dev.taskorchestrator.domain.common.Actor;
import dev.taskorchestrator.domain.common.Checks;
import dev.taskorchestrator.domain.common.OrchestratorException;
import dev.taskorchestrator.domain.common.WireValue;
import dev.taskorchestrator.domain.common.WireValues;
import dev.taskorchestrator.domain.session.Session;
import dev.taskorchestrator.domain.task.TaskId;
import java.util.Optional;

/**
 * What a maintenance run examines and how far it goes; the same for each of the four runs.
 *
 * @param scope which tasks; without one, the workspace's open session if it has one, else the whole project
 * @param target the task whose subtree is examined, for {@code specific_subtask}, which it implies
 * @param workspace the workspace whose open session {@code current_session} means
 * @param actor who runs it, recorded with every change it makes
 */
public record MaintenanceRequest(Optional<Scope> scope, Level level, Optional<TaskId> target, Optional<String> workspace,
        Actor actor) {

    /** What a run does; each is a use case of its own. */
    public enum Action implements WireValue {
        SCAN_CLEANUP, VALIDATE_STRUCTURE, UPDATE_DOCUMENTATION, PREPARE_HANDOVER;

        @Override
        public String wire() {
            return WireValues.wireOf(this);
        }
    }

    public enum Scope implements WireValue {
        CURRENT_SESSION, FULL_PROJECT, SPECIFIC_SUBTASK;

        @Override
        public String wire() {
            return WireValues.wireOf(this);
        }
    }

    /** How far a run goes: basic only reports; comprehensive and full audit also clean up what they find. */
    public enum Level implements WireValue {
        BASIC, COMPREHENSIVE, FULL_AUDIT;

        public static final Level DEFAULT = BASIC;

        @Override
        public String wire() {
            return WireValues.wireOf(this);
        }

        public boolean cleansUp() {
            return this != BASIC;
        }
    }

    public MaintenanceRequest {
        Checks.required(scope, "scope");
        Checks.required(level, "validation_level");
        Checks.required(target, "target_task_id");
        workspace = Checks.required(workspace, "workspace").map(path -> Session.workspaceKey(path, "workspace"));
        Checks.required(actor, "agent");
        if (scope.filter(Scope.SPECIFIC_SUBTASK::equals).isPresent() && target.isEmpty()) {
            throw OrchestratorException.invalid("target_task_id", "target_task_id is required when scope is "
                    + "specific_subtask");
        }
        // A target names a subtree: alone it implies that scope, beside another it would be ignored.
        if (target.isPresent()) {
            if (scope.filter(chosen -> chosen != Scope.SPECIFIC_SUBTASK).isPresent()) {
                throw OrchestratorException.invalid("target_task_id", "target_task_id goes with scope specific_subtask,"
                        + " not " + scope.get().wire() + "; drop it or set scope to specific_subtask");
            }
            scope = Optional.of(Scope.SPECIFIC_SUBTASK);
        }
    }
}

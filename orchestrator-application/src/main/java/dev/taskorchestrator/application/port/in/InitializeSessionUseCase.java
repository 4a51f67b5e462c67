package dev.taskorchestrator.application.port.in;

import dev.taskorchestrator.domain.common.Checks;
import dev.taskorchestrator.domain.common.Limits;
import dev.taskorchestrator.domain.role.SpecialistRole;
import dev.taskorchestrator.domain.session.Session;
import java.util.List;
import java.util.Optional;

/** Opens the workspace's session, or resumes the one it already has, and tells the agent how to work. */
public interface InitializeSessionUseCase {

    SessionStarted initialize(Command command);

    record Command(String workspace, Optional<String> name) {
        public Command {
            workspace = Session.workspaceKey(workspace, "working_directory");
            name = Checks.optionalText(name, "name", Limits.SHORT_TEXT_MAX);
        }

    }

    /** The session, whether it already existed, the workflow to follow and the roles on offer. */
    record SessionStarted(SessionDetails session, boolean resumed, List<String> workflow, List<SpecialistRole> roles) {
        public SessionStarted {
            workflow = List.copyOf(workflow);
            roles = List.copyOf(roles);
        }
    }
}

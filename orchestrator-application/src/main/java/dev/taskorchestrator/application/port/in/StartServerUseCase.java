package dev.taskorchestrator.application.port.in;

import dev.taskorchestrator.application.port.out.ServerRuntime;
import dev.taskorchestrator.domain.common.Checks;
import dev.taskorchestrator.domain.reboot.InstanceId;
import dev.taskorchestrator.domain.reboot.RestartRecord;
import dev.taskorchestrator.domain.reboot.ServerInstance;
import dev.taskorchestrator.domain.task.TaskId;
import java.util.List;
import java.util.Optional;

/**
 * Starts this process's server through the restart phases. A process's own start registers a new
 * instance and recovers the instances found dead without a clean stop (their expired claims back to
 * pending, the store's integrity checked); a restart in place continues its instance.
 */
public interface StartServerUseCase {

    StartReport start(Command command);

    /**
     * @param continuing the restart in place this start completes; empty for a process's own start
     * @param failure why that restart failed, when this start resumes the instance it could not restart
     */
    record Command(Optional<ServerRuntime.Continuation> continuing, Optional<String> failure) {
        public Command {
            Checks.required(continuing, "continuing");
            Checks.required(failure, "failure");
        }

        public static Command fresh() {
            return new Command(Optional.empty(), Optional.empty());
        }

        public static Command continuing(ServerRuntime.Continuation restart) {
            return new Command(Optional.of(restart), Optional.empty());
        }

        public static Command resumingAfter(ServerRuntime.Continuation restart, String failure) {
            return new Command(Optional.of(restart), Optional.of(failure));
        }
    }

    /**
     * @param instance the instance this server runs as
     * @param recovered the dead instances this start recovered, as they were found
     * @param releasedClaims claims whose lease had expired, returned to pending at this start
     * @param integrity the store's integrity check, run when recovering ({@code "ok"} or what is wrong)
     * @param restart the start as recorded, with its phases
     */
    record StartReport(InstanceId instance, List<ServerInstance> recovered, List<TaskId> releasedClaims,
            Optional<String> integrity, RestartRecord restart) {
        public StartReport {
            recovered = List.copyOf(recovered);
            releasedClaims = List.copyOf(releasedClaims);
        }
    }
}

package dev.taskorchestrator.domain.reboot;

import static dev.taskorchestrator.domain.reboot.LifecyclePhase.CLOSING_CONNECTIONS;
import static dev.taskorchestrator.domain.reboot.LifecyclePhase.ENABLING_CONNECTIONS;
import static dev.taskorchestrator.domain.reboot.LifecyclePhase.FAILED;
import static dev.taskorchestrator.domain.reboot.LifecyclePhase.FINALIZING;
import static dev.taskorchestrator.domain.reboot.LifecyclePhase.LOADING_STATE;
import static dev.taskorchestrator.domain.reboot.LifecyclePhase.MAINTENANCE_MODE;
import static dev.taskorchestrator.domain.reboot.LifecyclePhase.PREPARING;
import static dev.taskorchestrator.domain.reboot.LifecyclePhase.RESTORING_DATABASE;
import static dev.taskorchestrator.domain.reboot.LifecyclePhase.RESUMING_TASKS;
import static dev.taskorchestrator.domain.reboot.LifecyclePhase.RUNNING;
import static dev.taskorchestrator.domain.reboot.LifecyclePhase.SERIALIZING_STATE;
import static dev.taskorchestrator.domain.reboot.LifecyclePhase.STOPPED;
import static dev.taskorchestrator.domain.reboot.LifecyclePhase.SUSPENDING_TASKS;

import dev.taskorchestrator.domain.common.ErrorCode;
import dev.taskorchestrator.domain.common.OrchestratorException;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The one table of lifecycle moves. Every transition, typed or dynamic, goes through
 * {@link #target}, which refuses a move the table does not list with the same message.
 */
public final class LifecycleTransitions {

    /** The shutdown half, then the restart half; PROCEED moves one step along these. */
    private static final List<LifecyclePhase> SHUTDOWN = List.of(MAINTENANCE_MODE, SUSPENDING_TASKS, SERIALIZING_STATE,
            CLOSING_CONNECTIONS, FINALIZING, STOPPED);
    private static final List<LifecyclePhase> RESTART = List.of(PREPARING, LOADING_STATE, RESTORING_DATABASE,
            RESUMING_TASKS, ENABLING_CONNECTIONS, RUNNING);

    private static final Set<LifecyclePhase> IN_FLIGHT = EnumSet.of(MAINTENANCE_MODE, SUSPENDING_TASKS, SERIALIZING_STATE,
            CLOSING_CONNECTIONS, FINALIZING, PREPARING, LOADING_STATE, RESTORING_DATABASE, RESUMING_TASKS,
            ENABLING_CONNECTIONS);

    private static final Map<LifecycleEvent, Set<LifecyclePhase>> SOURCES = new EnumMap<>(Map.of(
            LifecycleEvent.ENTER_MAINTENANCE, EnumSet.of(RUNNING),
            LifecycleEvent.LEAVE_MAINTENANCE, EnumSet.of(MAINTENANCE_MODE),
            LifecycleEvent.PROCEED, EnumSet.copyOf(IN_FLIGHT),
            LifecycleEvent.BEGIN_RESTART, EnumSet.of(STOPPED, FAILED),
            LifecycleEvent.RECOVER, EnumSet.complementOf(EnumSet.of(STOPPED)),
            LifecycleEvent.FAIL, EnumSet.copyOf(IN_FLIGHT)));

    private LifecycleTransitions() {
    }

    /** Where {@code event} leads from {@code from}, if the table allows it. */
    public static Optional<LifecyclePhase> next(LifecyclePhase from, LifecycleEvent event) {
        if (!SOURCES.get(event).contains(from)) {
            return Optional.empty();
        }
        return Optional.of(switch (event) {
            case ENTER_MAINTENANCE -> MAINTENANCE_MODE;
            case LEAVE_MAINTENANCE -> RUNNING;
            case PROCEED -> successor(from);
            case BEGIN_RESTART, RECOVER -> PREPARING;
            case FAIL -> FAILED;
        });
    }

    /** The guard: the target of {@code event} from {@code from}, or a uniform "cannot" error. */
    public static LifecyclePhase target(LifecyclePhase from, LifecycleEvent event) {
        return next(from, event).orElseThrow(() -> new OrchestratorException(ErrorCode.ILLEGAL_STATE,
                "the server cannot " + event.wire().replace('_', ' ') + " while " + from.wire() + "; allowed in: "
                        + String.join(", ", SOURCES.get(event).stream().map(LifecyclePhase::wire).toList()),
                "phase", SOURCES.get(event).stream().map(LifecyclePhase::wire).toList()));
    }

    private static LifecyclePhase successor(LifecyclePhase from) {
        List<LifecyclePhase> sequence = SHUTDOWN.contains(from) ? SHUTDOWN : RESTART;
        return sequence.get(sequence.indexOf(from) + 1);
    }
}

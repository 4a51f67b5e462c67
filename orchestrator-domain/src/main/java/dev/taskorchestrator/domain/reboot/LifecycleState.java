package dev.taskorchestrator.domain.reboot;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * The lifecycle as types: each state offers only its legal moves and returns the next state's
 * type, so an illegal move does not compile. Underneath, every move goes through the one table
 * in {@link LifecycleTransitions}. Dispatch is polymorphic (Java 17 has no pattern switch).
 */
public sealed interface LifecycleState {

    LifecycleRecord record();

    default LifecyclePhase phase() {
        return record().phase();
    }

    /** The dynamic path, for code that holds a state of unknown type (persistence, tools). */
    default LifecycleState on(LifecycleEvent event, Instant now, Optional<String> error) {
        LifecyclePhase target = LifecycleTransitions.target(phase(), event);
        LifecycleRecord current = record();
        int restarts = target == LifecyclePhase.PREPARING ? current.restarts() + 1 : current.restarts();
        LifecycleRecord next;
        if (target == LifecyclePhase.FAILED) {
            next = new LifecycleRecord(target, now, restarts, Optional.of(error.orElse("unknown error")),
                    Optional.of(phase()));
        } else if (event == LifecycleEvent.BEGIN_RESTART && phase() == LifecyclePhase.STOPPED) {
            // A clean stop leaves nothing to recover from: the new run starts without a pending error.
            next = new LifecycleRecord(target, now, restarts, Optional.empty(), Optional.empty());
        } else {
            next = new LifecycleRecord(target, now, restarts, current.lastError(), current.failedIn());
        }
        return of(next);
    }

    static LifecycleState of(LifecycleRecord record) {
        Objects.requireNonNull(record, "record");
        return switch (record.phase()) {
            case RUNNING -> new Running(record);
            case MAINTENANCE_MODE -> new MaintenanceMode(record);
            case SUSPENDING_TASKS -> new SuspendingTasks(record);
            case SERIALIZING_STATE -> new SerializingState(record);
            case CLOSING_CONNECTIONS -> new ClosingConnections(record);
            case FINALIZING -> new Finalizing(record);
            case STOPPED -> new Stopped(record);
            case PREPARING -> new Preparing(record);
            case LOADING_STATE -> new LoadingState(record);
            case RESTORING_DATABASE -> new RestoringDatabase(record);
            case RESUMING_TASKS -> new ResumingTasks(record);
            case ENABLING_CONNECTIONS -> new EnablingConnections(record);
            case FAILED -> new Failed(record);
        };
    }

    /** A state that the process may die in; the next start recovers from it. */
    sealed interface Recoverable extends LifecycleState {
        default Preparing recover(Instant now) {
            return (Preparing) on(LifecycleEvent.RECOVER, now, Optional.empty());
        }
    }

    /** A phase of a shutdown or restart in progress; it may fail. */
    sealed interface InFlight extends Recoverable {
        default Failed fail(String error, Instant now) {
            return (Failed) on(LifecycleEvent.FAIL, now, Optional.of(error));
        }
    }

    record Running(LifecycleRecord record) implements Recoverable {
        public MaintenanceMode enterMaintenance(Instant now) {
            return (MaintenanceMode) on(LifecycleEvent.ENTER_MAINTENANCE, now, Optional.empty());
        }
    }

    record MaintenanceMode(LifecycleRecord record) implements InFlight {
        public Running leaveMaintenance(Instant now) {
            return (Running) on(LifecycleEvent.LEAVE_MAINTENANCE, now, Optional.empty());
        }

        public SuspendingTasks suspendTasks(Instant now) {
            return (SuspendingTasks) on(LifecycleEvent.PROCEED, now, Optional.empty());
        }
    }

    record SuspendingTasks(LifecycleRecord record) implements InFlight {
        public SerializingState serializeState(Instant now) {
            return (SerializingState) on(LifecycleEvent.PROCEED, now, Optional.empty());
        }
    }

    record SerializingState(LifecycleRecord record) implements InFlight {
        public ClosingConnections closeConnections(Instant now) {
            return (ClosingConnections) on(LifecycleEvent.PROCEED, now, Optional.empty());
        }
    }

    record ClosingConnections(LifecycleRecord record) implements InFlight {
        public Finalizing finalizeShutdown(Instant now) {
            return (Finalizing) on(LifecycleEvent.PROCEED, now, Optional.empty());
        }
    }

    record Finalizing(LifecycleRecord record) implements InFlight {
        public Stopped stop(Instant now) {
            return (Stopped) on(LifecycleEvent.PROCEED, now, Optional.empty());
        }
    }

    record Stopped(LifecycleRecord record) implements LifecycleState {
        public Preparing beginRestart(Instant now) {
            return (Preparing) on(LifecycleEvent.BEGIN_RESTART, now, Optional.empty());
        }
    }

    record Failed(LifecycleRecord record) implements Recoverable {
        public Preparing beginRestart(Instant now) {
            return (Preparing) on(LifecycleEvent.BEGIN_RESTART, now, Optional.empty());
        }
    }

    record Preparing(LifecycleRecord record) implements InFlight {
        public LoadingState loadState(Instant now) {
            return (LoadingState) on(LifecycleEvent.PROCEED, now, Optional.empty());
        }
    }

    record LoadingState(LifecycleRecord record) implements InFlight {
        public RestoringDatabase restoreDatabase(Instant now) {
            return (RestoringDatabase) on(LifecycleEvent.PROCEED, now, Optional.empty());
        }
    }

    record RestoringDatabase(LifecycleRecord record) implements InFlight {
        public ResumingTasks resumeTasks(Instant now) {
            return (ResumingTasks) on(LifecycleEvent.PROCEED, now, Optional.empty());
        }
    }

    record ResumingTasks(LifecycleRecord record) implements InFlight {
        public EnablingConnections enableConnections(Instant now) {
            return (EnablingConnections) on(LifecycleEvent.PROCEED, now, Optional.empty());
        }
    }

    record EnablingConnections(LifecycleRecord record) implements InFlight {
        public Running run(Instant now) {
            return (Running) on(LifecycleEvent.PROCEED, now, Optional.empty());
        }
    }
}

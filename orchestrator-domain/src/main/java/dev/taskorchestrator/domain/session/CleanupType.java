package dev.taskorchestrator.domain.session;

import dev.taskorchestrator.domain.common.WireValue;
import dev.taskorchestrator.domain.common.WireValues;
import java.time.Instant;

/** Which sessions a cleanup selects. A selected session is archived, never erased. */
public enum CleanupType implements WireValue {
    /** Sessions whose work was marked completed. */
    COMPLETED {
        @Override
        public boolean selects(Session session, long taskCount, Instant cutoff) {
            return session.status() == SessionStatus.COMPLETED;
        }
    },
    /** Sessions that never got a task and have been idle since the cutoff. */
    ORPHANED {
        @Override
        public boolean selects(Session session, long taskCount, Instant cutoff) {
            return taskCount == 0 && session.idleSince(cutoff);
        }
    },
    /** Sessions idle since the cutoff, whatever they hold. */
    OLD {
        @Override
        public boolean selects(Session session, long taskCount, Instant cutoff) {
            return session.idleSince(cutoff);
        }
    },
    /** Every session that is not archived yet. */
    ALL {
        @Override
        public boolean selects(Session session, long taskCount, Instant cutoff) {
            return true;
        }
    };

    public abstract boolean selects(Session session, long taskCount, Instant cutoff);

    @Override
    public String wire() {
        return WireValues.wireOf(this);
    }
}

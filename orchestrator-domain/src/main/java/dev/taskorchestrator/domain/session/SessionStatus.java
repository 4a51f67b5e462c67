package dev.taskorchestrator.domain.session;

import dev.taskorchestrator.domain.common.ErrorCode;
import dev.taskorchestrator.domain.common.OrchestratorException;
import dev.taskorchestrator.domain.common.WireValue;
import dev.taskorchestrator.domain.common.WireValues;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** A session's status and its allowed moves. */
public enum SessionStatus implements WireValue {
    ACTIVE, PAUSED, COMPLETED, ARCHIVED;

    private static final Map<SessionStatus, Set<SessionStatus>> ALLOWED = Map.of(
            ACTIVE, EnumSet.of(PAUSED, COMPLETED, ARCHIVED),
            PAUSED, EnumSet.of(ACTIVE, COMPLETED, ARCHIVED),
            COMPLETED, EnumSet.of(ACTIVE, ARCHIVED),
            ARCHIVED, EnumSet.noneOf(SessionStatus.class));

    @Override
    public String wire() {
        return WireValues.wireOf(this);
    }

    public void requireMoveTo(SessionStatus target, SessionId session) {
        if (!ALLOWED.get(this).contains(target)) {
            List<String> allowed = ALLOWED.get(this).stream().map(SessionStatus::wire).toList();
            throw new OrchestratorException(ErrorCode.ILLEGAL_STATE, "session " + session + " cannot go from " + wire()
                    + " to " + target.wire() + (allowed.isEmpty() ? " (" + wire() + " is final)" : ""), "session_id", allowed);
        }
    }
}

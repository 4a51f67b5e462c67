package dev.taskorchestrator.application.service;

import dev.taskorchestrator.application.port.in.RetrySafeCallUseCase;
import dev.taskorchestrator.application.port.out.RequestLog;
import dev.taskorchestrator.application.port.out.UnitOfWork;
import dev.taskorchestrator.domain.common.ErrorCode;
import dev.taskorchestrator.domain.common.OrchestratorException;
import java.time.Clock;
import java.util.List;
import java.util.Optional;

/**
 * A retry is answered from the log without writing (so it is answered during maintenance too); a
 * first call runs, and its reply is kept in the same transaction when it acts on the store only. Two
 * servers racing with one id both try to keep it: the loser's unit of work runs again, finds the
 * winner's reply and returns it, so the call's changes happen once.
 */
final class RetrySafeCallService implements RetrySafeCallUseCase {

    private final RequestLog log;
    private final UnitOfWork unitOfWork;
    private final Clock clock;

    RetrySafeCallService(RequestLog log, UnitOfWork unitOfWork, Clock clock) {
        this.log = log;
        this.unitOfWork = unitOfWork;
        this.clock = clock;
    }

    @Override
    public String once(Call call) {
        return replay(call.key(), call.fingerprint()).orElseGet(() -> unitOfWork.inTransaction(() ->
                kept(call.key(), call.fingerprint()).orElseGet(() -> record(call.key(), call.fingerprint(),
                        call.reply().get()))));
    }

    @Override
    public Optional<String> replay(RequestLog.Key key, String fingerprint) {
        return unitOfWork.inReadTransaction(() -> kept(key, fingerprint));
    }

    @Override
    public String keep(RequestLog.Key key, String fingerprint, String reply) {
        return unitOfWork.inTransaction(() -> kept(key, fingerprint).orElseGet(() -> record(key, fingerprint, reply)));
    }

    /** The kept reply of an earlier call with this id, if it asked the same; an expired one counts as none. */
    private Optional<String> kept(RequestLog.Key key, String fingerprint) {
        Optional<RequestLog.Recorded> found = log.find(key);
        if (found.isEmpty()) {
            return Optional.empty();
        }
        RequestLog.Recorded earlier = found.get();
        if (expired(earlier)) {
            return Optional.empty();
        }
        if (!earlier.fingerprint().equals(fingerprint)) {
            throw new OrchestratorException(ErrorCode.CONFLICT, "request_id '" + key.requestId()
                    + "' was used at " + earlier.at() + " for a call with other arguments; a retry must repeat the"
                    + " call exactly, and a new call needs a new request_id", "request_id", List.of());
        }
        return Optional.of(earlier.reply());
    }

    /**
     * Keeps a reply, in place of an expired one. A reply a racing call kept meanwhile is left alone:
     * keeping this one then fails as a lost race, and the unit of work, run again, returns that one.
     */
    private String record(RequestLog.Key key, String fingerprint, String reply) {
        log.find(key).filter(this::expired).ifPresent(old -> log.remove(key));
        log.record(new RequestLog.Recorded(key, fingerprint, reply, clock.instant()));
        return reply;
    }

    private boolean expired(RequestLog.Recorded recorded) {
        return !recorded.at().plus(KEPT_FOR).isAfter(clock.instant());
    }
}

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
        Optional<String> kept = unitOfWork.inReadTransaction(() -> replay(call));
        if (kept.isPresent()) {
            return kept.get();
        }
        if (call.storeOnly()) {
            return unitOfWork.inTransaction(() -> replay(call).orElseGet(() -> keep(call, call.reply().get())));
        }
        String reply = call.reply().get();
        return unitOfWork.inTransaction(() -> replay(call).orElseGet(() -> keep(call, reply)));
    }

    /** The kept reply of an earlier call with this id, if it asked the same; an expired one is forgotten. */
    private Optional<String> replay(Call call) {
        Optional<RequestLog.Recorded> found = log.find(call.key());
        if (found.isEmpty()) {
            return Optional.empty();
        }
        RequestLog.Recorded earlier = found.get();
        if (!earlier.at().plus(KEPT_FOR).isAfter(clock.instant())) {
            return Optional.empty();
        }
        if (!earlier.fingerprint().equals(call.fingerprint())) {
            throw new OrchestratorException(ErrorCode.CONFLICT, "request_id '" + call.key().requestId()
                    + "' was used at " + earlier.at() + " for a call with other arguments; a retry must repeat the"
                    + " call exactly, and a new call needs a new request_id", "request_id", List.of());
        }
        return Optional.of(earlier.reply());
    }

    private String keep(Call call, String reply) {
        log.find(call.key()).ifPresent(expired -> log.remove(call.key()));
        log.record(new RequestLog.Recorded(call.key(), call.fingerprint(), reply, clock.instant()));
        return reply;
    }
}

package dev.taskorchestrator.application.port.in;

import dev.taskorchestrator.application.port.out.RequestLog;
import java.time.Duration;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * Runs a call at most once per request id: the first call's reply is kept with the id, and a retry
 * with the same id and the same arguments gets that reply back and changes nothing; the same id
 * with other arguments is a conflict. An adapter wraps any call that changes state with it.
 */
public interface RetrySafeCallUseCase {

    /** How long a request id is remembered; maintenance forgets older ones. */
    Duration KEPT_FOR = Duration.ofHours(24);

    /**
     * Runs a call that acts on the store only, in the same transaction as the keeping of its reply,
     * so that a crash can never separate the two; or returns the reply kept for it.
     */
    String once(Call call);

    /**
     * For a call that also acts outside the store (files, the server itself), which runs on its
     * own: the reply kept for this id, if there is one and it was asked the same.
     */
    Optional<String> replay(RequestLog.Key key, String fingerprint);

    /** Keeps such a call's reply after it ran; returns the reply kept, a racing call's if it kept one first. */
    String keep(RequestLog.Key key, String fingerprint, String reply);

    /**
     * @param fingerprint what is asked, e.g. the tool's name and its arguments in a canonical form
     * @param reply runs the call and renders its reply; a failure is not kept, so a retry runs again
     */
    record Call(RequestLog.Key key, String fingerprint, Supplier<String> reply) {
        public Call {
            Objects.requireNonNull(key, "key");
            Objects.requireNonNull(fingerprint, "fingerprint");
            Objects.requireNonNull(reply, "reply");
        }
    }
}

package dev.taskorchestrator.application.port.out;

import dev.taskorchestrator.domain.common.Checks;
import dev.taskorchestrator.domain.common.OrchestratorException;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * The replies of calls made with a request id, kept so that a retry of the same call gets the same
 * reply and changes nothing, from any server on the store and after a restart.
 */
public interface RequestLog {

    /** Who sent a request id and the id: ids are unique per actor, not across actors. */
    record Key(String actor, String requestId) {
        public static final int MAX_LENGTH = 128;

        public Key {
            Objects.requireNonNull(actor, "actor");
            requestId = Checks.text(requestId, "request_id", 1, MAX_LENGTH);
        }
    }

    /**
     * A call made with a request id.
     *
     * @param fingerprint what was asked (the tool or command and its arguments), so that the same
     *     id with other arguments is told apart from a retry
     * @param reply the reply as the caller got it
     */
    record Recorded(Key key, String fingerprint, String reply, Instant at) {
        public Recorded {
            Objects.requireNonNull(key, "key");
            Objects.requireNonNull(fingerprint, "fingerprint");
            Objects.requireNonNull(reply, "reply");
            Objects.requireNonNull(at, "at");
        }
    }

    Optional<Recorded> find(Key key);

    /**
     * Keeps a reply. The key must not be kept yet: inside a unit of work, a racing call that kept
     * it first makes this unit of work run again (and then find it).
     */
    void record(Recorded request);

    void remove(Key key);

    /** Forgets the replies recorded before {@code cutoff}; returns how many. */
    int removeRecordedBefore(Instant cutoff);

    /** A store that keeps no request ids: a call with one is refused, saying so. */
    static RequestLog none() {
        return new RequestLog() {
            @Override
            public Optional<Recorded> find(Key key) {
                throw refused();
            }

            @Override
            public void record(Recorded request) {
                throw refused();
            }

            @Override
            public void remove(Key key) {
                throw refused();
            }

            @Override
            public int removeRecordedBefore(Instant cutoff) {
                return 0;
            }

            private OrchestratorException refused() {
                return OrchestratorException.illegalState("request_id", "this store keeps no request ids;"
                        + " call without request_id");
            }
        };
    }
}

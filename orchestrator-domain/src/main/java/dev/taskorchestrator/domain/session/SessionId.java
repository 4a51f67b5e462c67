package dev.taskorchestrator.domain.session;

import dev.taskorchestrator.domain.common.Ids;

/** A session's id: {@code session_} and a short, creation-ordered body. */
public record SessionId(String value) {

    public static final String PREFIX = "session_";

    public SessionId {
        value = Ids.check(PREFIX, value, "session_id");
    }

    public static SessionId parse(String value, String field) {
        return new SessionId(Ids.check(PREFIX, value, field));
    }

    @Override
    public String toString() {
        return value;
    }
}

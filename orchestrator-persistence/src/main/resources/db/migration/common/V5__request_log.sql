-- The replies of calls made with a request id: a retry with the same id gets the first reply back
-- and changes nothing, from any server on this store and after a restart. Ids are unique per actor;
-- maintenance forgets them after 24 hours (by recorded_at).
CREATE TABLE request_log (
    actor       TEXT       NOT NULL,
    request_id  TEXT       NOT NULL,
    fingerprint TEXT       NOT NULL,
    reply       TEXT       NOT NULL,
    recorded_at ${integer} NOT NULL,
    PRIMARY KEY (actor, request_id)
);
CREATE INDEX request_log_by_age ON request_log (recorded_at);

-- A lifecycle per server instance: several servers may share one store (two agent windows on one
-- workspace, a team's servers on one PostgreSQL), so each registers itself with the heartbeat it
-- refreshes, and a start recovers only the instances that died without a clean stop.
CREATE TABLE server_instances (
    id           TEXT       NOT NULL PRIMARY KEY,
    pid          ${integer} NOT NULL,
    host         TEXT       NOT NULL,
    started_at   ${integer} NOT NULL,
    heartbeat_at ${integer} NOT NULL,
    phase        TEXT       NOT NULL,
    entered_at   ${integer} NOT NULL,
    restarts     ${integer} NOT NULL,
    last_error   TEXT,
    failed_in    TEXT,
    recovered_by TEXT,
    recovered_at ${integer}
);
CREATE INDEX server_instances_by_start ON server_instances (started_at, id);

-- The history keeps every instance's records; rows written before instances existed have none.
ALTER TABLE lifecycle ADD COLUMN instance_id TEXT;

-- A server that did not stop cleanly before this version becomes an instance of unknown host, so
-- that the first start of this version recovers it exactly as it did before.
INSERT INTO server_instances (id, pid, host, started_at, heartbeat_at, phase, entered_at, restarts, last_error,
                              failed_in)
SELECT 'srv_legacy0', 0, '', entered_at, entered_at, phase, entered_at, restarts, last_error, failed_in
FROM lifecycle
WHERE seq = (SELECT MAX(seq) FROM lifecycle) AND phase <> 'stopped';
UPDATE lifecycle SET instance_id = 'srv_legacy0'
WHERE instance_id IS NULL AND EXISTS (SELECT 1 FROM server_instances WHERE id = 'srv_legacy0');

-- Each start and each restart in place: why, its phases with their durations, and how it ended.
-- Phases are a JSON list of {"phase", "took_ns"}; recovered is a JSON list of instance ids.
CREATE TABLE server_restarts (
    seq         ${sequence_key},
    instance_id TEXT       NOT NULL,
    kind        TEXT       NOT NULL,
    reason      TEXT,
    began_at    ${integer} NOT NULL,
    took_ns     ${integer} NOT NULL,
    phases      TEXT       NOT NULL,
    succeeded   ${boolean} NOT NULL,
    error       TEXT,
    recovered   TEXT       NOT NULL
);

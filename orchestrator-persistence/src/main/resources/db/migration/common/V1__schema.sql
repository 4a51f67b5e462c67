-- The orchestrator's schema, one script for SQLite and PostgreSQL: the few types that differ are
-- Flyway placeholders filled per dialect. Times are epoch nanoseconds (an Instant round-trips
-- exactly, and they sort); priority is stored as its rank (0 low .. 3 critical) so that it orders.
CREATE TABLE sessions (
    id               TEXT    NOT NULL PRIMARY KEY,
    name             TEXT    NOT NULL,
    workspace        TEXT    NOT NULL,
    status           TEXT    NOT NULL,
    created_at       ${integer} NOT NULL,
    last_activity_at ${integer} NOT NULL,
    resumed_at       ${integer}
);
CREATE INDEX sessions_by_workspace ON sessions (workspace, status, last_activity_at);
CREATE INDEX sessions_by_activity ON sessions (last_activity_at, id);

CREATE TABLE tasks (
    id                   TEXT    NOT NULL PRIMARY KEY,
    parent_id            TEXT    REFERENCES tasks (id),
    session_id           TEXT,
    title                TEXT    NOT NULL,
    description          TEXT    NOT NULL,
    task_type            TEXT    NOT NULL,
    status               TEXT    NOT NULL,
    specialist_type      TEXT    NOT NULL,
    complexity           TEXT    NOT NULL,
    priority             ${integer} NOT NULL,
    estimated_effort     TEXT,
    due_date             ${integer},
    context              TEXT    NOT NULL,
    auto_complete_parent ${boolean} NOT NULL,
    summary              TEXT,
    status_reason        TEXT,
    assignee             TEXT,
    lease_expires_at     ${integer},
    attempts             ${integer} NOT NULL,
    version              ${integer} NOT NULL,
    created_at           ${integer} NOT NULL,
    updated_at           ${integer} NOT NULL,
    started_at           ${integer},
    completed_at         ${integer}
);
CREATE INDEX tasks_by_session ON tasks (session_id, id);
CREATE INDEX tasks_by_parent ON tasks (parent_id, id);
-- Covering indexes for the readiness checks of next_task: a subtask's status, a prerequisite's state.
CREATE INDEX tasks_by_parent_status ON tasks (parent_id, status);
CREATE INDEX tasks_done_state ON tasks (id, status, completed_at);
CREATE INDEX tasks_by_status ON tasks (status, id);
CREATE INDEX tasks_by_session_status ON tasks (session_id, status);
CREATE INDEX tasks_ready_order ON tasks (status, priority DESC, created_at, id);
CREATE INDEX tasks_ready_order_by_session ON tasks (session_id, status, priority DESC, created_at, id);
CREATE INDEX tasks_by_lease ON tasks (lease_expires_at) WHERE lease_expires_at IS NOT NULL;
CREATE INDEX tasks_by_created ON tasks (created_at, id);
-- One index per query filter, each ending in id so that a keyset page is an index range.
-- (The text filter is a substring search, which no B-tree index can serve; it scans.)
CREATE INDEX tasks_by_type ON tasks (task_type, id);
CREATE INDEX tasks_by_specialist ON tasks (specialist_type, id);
CREATE INDEX tasks_by_complexity ON tasks (complexity, id);
CREATE INDEX tasks_by_priority ON tasks (priority, id);

CREATE TABLE task_dependencies (
    task_id         TEXT    NOT NULL REFERENCES tasks (id) ON DELETE CASCADE,
    prerequisite_id TEXT    NOT NULL,
    position        ${integer} NOT NULL,
    PRIMARY KEY (task_id, prerequisite_id)
);
CREATE INDEX task_dependencies_by_prerequisite ON task_dependencies (prerequisite_id, task_id);

CREATE TABLE artifacts (
    id         TEXT    NOT NULL PRIMARY KEY,
    task_id    TEXT    NOT NULL REFERENCES tasks (id),
    type       TEXT    NOT NULL,
    name       TEXT    NOT NULL,
    content    TEXT    NOT NULL,
    size       ${integer} NOT NULL,
    sha256     TEXT    NOT NULL,
    mime_type  TEXT    NOT NULL,
    created_at ${integer} NOT NULL,
    file_paths TEXT    NOT NULL
);
CREATE INDEX artifacts_by_task ON artifacts (task_id, created_at, id);

CREATE TABLE task_events (
    seq       ${sequence_key},
    task_id   TEXT    NOT NULL,
    type      TEXT    NOT NULL,
    at        ${integer} NOT NULL,
    actor     TEXT,
    detail    TEXT    NOT NULL
);
CREATE INDEX task_events_by_task ON task_events (task_id, seq);

CREATE TABLE lifecycle (
    seq        ${sequence_key},
    phase      TEXT    NOT NULL,
    entered_at ${integer} NOT NULL,
    restarts   ${integer} NOT NULL,
    last_error TEXT,
    failed_in  TEXT
);

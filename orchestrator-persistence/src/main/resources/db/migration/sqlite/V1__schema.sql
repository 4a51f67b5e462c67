-- The orchestrator's schema, SQLite dialect. Times are epoch nanoseconds (exact round trip of an
-- Instant, and they sort); priority is stored as its rank (0 low .. 3 critical) so that it orders.
CREATE TABLE sessions (
    id               TEXT    NOT NULL PRIMARY KEY,
    name             TEXT    NOT NULL,
    workspace        TEXT    NOT NULL,
    status           TEXT    NOT NULL,
    created_at       INTEGER NOT NULL,
    last_activity_at INTEGER NOT NULL,
    resumed_at       INTEGER
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
    priority             INTEGER NOT NULL,
    estimated_effort     TEXT,
    due_date             INTEGER,
    context              TEXT    NOT NULL,
    auto_complete_parent INTEGER NOT NULL,
    summary              TEXT,
    status_reason        TEXT,
    assignee             TEXT,
    lease_expires_at     INTEGER,
    attempts             INTEGER NOT NULL,
    version              INTEGER NOT NULL,
    created_at           INTEGER NOT NULL,
    updated_at           INTEGER NOT NULL,
    started_at           INTEGER,
    completed_at         INTEGER
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
    position        INTEGER NOT NULL,
    PRIMARY KEY (task_id, prerequisite_id)
);
CREATE INDEX task_dependencies_by_prerequisite ON task_dependencies (prerequisite_id, task_id);

CREATE TABLE artifacts (
    id         TEXT    NOT NULL PRIMARY KEY,
    task_id    TEXT    NOT NULL REFERENCES tasks (id),
    type       TEXT    NOT NULL,
    name       TEXT    NOT NULL,
    content    TEXT    NOT NULL,
    size       INTEGER NOT NULL,
    sha256     TEXT    NOT NULL,
    mime_type  TEXT    NOT NULL,
    created_at INTEGER NOT NULL,
    file_paths TEXT    NOT NULL
);
CREATE INDEX artifacts_by_task ON artifacts (task_id, created_at, id);

CREATE TABLE task_events (
    seq       INTEGER PRIMARY KEY AUTOINCREMENT,
    task_id   TEXT    NOT NULL,
    type      TEXT    NOT NULL,
    at        INTEGER NOT NULL,
    actor     TEXT,
    detail    TEXT    NOT NULL
);
CREATE INDEX task_events_by_task ON task_events (task_id, seq);

CREATE TABLE lifecycle (
    seq        INTEGER PRIMARY KEY AUTOINCREMENT,
    phase      TEXT    NOT NULL,
    entered_at INTEGER NOT NULL,
    restarts   INTEGER NOT NULL,
    last_error TEXT,
    failed_in  TEXT
);

-- The open subtasks of each plan in the order next-task ranks them, so that the ready subtasks of
-- a plan under way are walked in that order and the walk stops at the window, instead of every
-- open subtask being checked and sorted at each call (claims and completions ask at every step).
CREATE INDEX tasks_open_by_parent ON tasks (parent_id, priority DESC, created_at, id)
    WHERE status IN ('pending', 'in_progress');

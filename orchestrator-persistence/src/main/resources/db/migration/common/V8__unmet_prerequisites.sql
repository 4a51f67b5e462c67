-- Each task's count of prerequisites not done (a missing one counts as not done), kept by the
-- repository as tasks and dependencies change (UnmetPrerequisites). Next-task walks the pending
-- tasks with none along the partial indexes below, in ranking order, instead of checking the
-- prerequisites of every pending task: a chain of 5,000 tasks waiting on each other was walked
-- at every call, and every completion asks for the next task in its reply.
ALTER TABLE tasks ADD COLUMN unmet_prerequisites ${integer} NOT NULL DEFAULT 0;

UPDATE tasks SET unmet_prerequisites = (
    SELECT COUNT(*) FROM task_dependencies d LEFT JOIN tasks pr ON pr.id = d.prerequisite_id
    WHERE d.task_id = tasks.id
      AND (pr.id IS NULL OR NOT (pr.status = 'completed' OR (pr.status = 'archived' AND pr.completed_at IS NOT NULL))));

CREATE INDEX tasks_pending_unblocked ON tasks (priority DESC, created_at, id)
    WHERE status = 'pending' AND unmet_prerequisites = 0;
CREATE INDEX tasks_pending_unblocked_by_session ON tasks (session_id, priority DESC, created_at, id)
    WHERE status = 'pending' AND unmet_prerequisites = 0;

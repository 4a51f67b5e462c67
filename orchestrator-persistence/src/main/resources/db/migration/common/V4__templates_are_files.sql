-- Templates are JSON5 files now (the workspace's .task_orchestrator/templates/, the person's config
-- folder, the jar): people edit them in an editor and version them in git. The table was never
-- reachable by any tool or command, so it holds nothing to carry over.
DROP TABLE templates;

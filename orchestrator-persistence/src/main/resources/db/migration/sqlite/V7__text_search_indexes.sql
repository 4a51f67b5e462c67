-- A search read every task's title and description. An FTS5 trigram index of each title and of the
-- first 4,000 characters of each description (TextSearch.INDEXED_HEAD) now finds the candidates,
-- and the search's LIKE decides; descriptions longer than that are also read in full, found by a
-- partial index, so a 100 KB description costs no more to index than 4,000 characters.
--
-- The index's rows are keyed by task_text_keys rather than by the tasks' rowids, which VACUUM may
-- renumber in a table without an INTEGER PRIMARY KEY. Contentless: the text stays in tasks only.
CREATE TABLE task_text_keys (
    key     INTEGER PRIMARY KEY,
    task_id TEXT    NOT NULL UNIQUE
);
CREATE VIRTUAL TABLE task_text USING fts5(title, description, tokenize = 'trigram', content = '',
    contentless_delete = 1);

INSERT INTO task_text_keys (task_id) SELECT id FROM tasks ORDER BY id;
INSERT INTO task_text (rowid, title, description)
    SELECT k.key, t.title, substr(t.description, 1, 4000) FROM task_text_keys k JOIN tasks t ON t.id = k.task_id;
CREATE INDEX tasks_long_descriptions ON tasks (id) WHERE length(description) > 4000;

CREATE TRIGGER task_text_on_insert AFTER INSERT ON tasks
BEGIN
    INSERT INTO task_text_keys (task_id) VALUES (NEW.id);
    INSERT INTO task_text (rowid, title, description)
        SELECT key, NEW.title, substr(NEW.description, 1, 4000) FROM task_text_keys WHERE task_id = NEW.id;
END;

-- Every update of a task sets its title and description; only a change of the text indexed counts.
CREATE TRIGGER task_text_on_update AFTER UPDATE OF title, description ON tasks
WHEN NEW.title IS NOT OLD.title OR substr(NEW.description, 1, 4000) IS NOT substr(OLD.description, 1, 4000)
BEGIN
    DELETE FROM task_text WHERE rowid = (SELECT key FROM task_text_keys WHERE task_id = OLD.id);
    INSERT INTO task_text (rowid, title, description)
        SELECT key, NEW.title, substr(NEW.description, 1, 4000) FROM task_text_keys WHERE task_id = OLD.id;
END;

CREATE TRIGGER task_text_on_delete AFTER DELETE ON tasks
BEGIN
    DELETE FROM task_text WHERE rowid = (SELECT key FROM task_text_keys WHERE task_id = OLD.id);
    DELETE FROM task_text_keys WHERE task_id = OLD.id;
END;

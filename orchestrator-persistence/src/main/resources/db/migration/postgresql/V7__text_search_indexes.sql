-- A search read every task's title and description. pg_trgm's trigram indexes of each title and of
-- the first 4,000 characters of each description (TextSearch.INDEXED_HEAD) now answer the LIKE of
-- the search; descriptions longer than that are also read in full, found by an index of lengths
-- (not a partial one, so that ANALYZE knows how many are long), and a 100 KB description costs no
-- more to index than 4,000 characters.
--
-- The extension may already live in another schema (another orchestrator's in the same database,
-- say), so its operator class is named with its schema. No pending list (fastupdate): tasks are
-- written one at a time, and a search reads the whole list, which the planner counts against the
-- index (with one, a search of 10,000 tasks spent 8 ms in it, and the planner read every task
-- instead). Best effort: where the extension is not installed or this role may not create it, no
-- trigram index is made and a search reads every task.
CREATE INDEX tasks_by_description_length ON tasks (length(description));

DO $$
DECLARE
    home TEXT;
BEGIN
    CREATE EXTENSION IF NOT EXISTS pg_trgm;
    SELECT n.nspname INTO home FROM pg_extension e JOIN pg_namespace n ON n.oid = e.extnamespace
        WHERE e.extname = 'pg_trgm';
    EXECUTE format('CREATE INDEX tasks_title_trigrams ON tasks USING gin (lower(title COLLATE "C") %I.gin_trgm_ops)'
        ' WITH (fastupdate = off)', home);
    EXECUTE format('CREATE INDEX tasks_description_trigrams ON tasks'
        ' USING gin (lower(left(description, 4000) COLLATE "C") %I.gin_trgm_ops) WITH (fastupdate = off)', home);
EXCEPTION WHEN OTHERS THEN
    RAISE NOTICE 'no trigram indexes for text search (%); a search reads every task', SQLERRM;
END
$$;

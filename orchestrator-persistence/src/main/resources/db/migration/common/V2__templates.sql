-- Templates of the user and shared categories, kept in the database so that every server of a
-- team sees the same ones; built-in templates ship with the orchestrator and are never stored.
CREATE TABLE templates (
    id         TEXT      NOT NULL,
    category   TEXT      NOT NULL,
    content    TEXT      NOT NULL,
    updated_at ${integer} NOT NULL,
    PRIMARY KEY (id, category)
);

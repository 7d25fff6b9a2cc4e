-- Casebook schema: what an import added is kept by id, not whole (issue 13).

-- The use cases an import added, and the assessments it added to them, with the revision and time
-- it left each at. Taking the import back removes those use cases (their facets, tags, attachment
-- rows and assessments go with them) after checking that each is still as the import left it; their
-- whole rows are not copied into import_undo.changes, which made recording an import into a new
-- repository cost a fifth of the import.
CREATE TABLE import_added (
    import_id INTEGER NOT NULL REFERENCES import_undo (import_id) ON DELETE CASCADE,
    kind TEXT NOT NULL CHECK (kind IN ('use_case', 'assessment')),
    row_id INTEGER NOT NULL,
    revision INTEGER NOT NULL,
    modified_at TEXT NOT NULL,
    PRIMARY KEY (import_id, kind, row_id)
) WITHOUT ROWID;

-- The versions an import kept in use_case_history are the rows with an id in
-- (history_after, history_until]: an import only adds to the history, so the range is enough.
-- 0 and 0 for an import recorded on schema 13, whose changes hold its history rows.
ALTER TABLE import_undo ADD COLUMN history_after INTEGER NOT NULL DEFAULT 0;
ALTER TABLE import_undo ADD COLUMN history_until INTEGER NOT NULL DEFAULT 0;

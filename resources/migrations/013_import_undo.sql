-- Casebook schema: taking an import back without a copy of the whole repository (issue 13).

-- What each import changed in the tables that hold records, as the changes that take it back
-- (SQLite's inverted changeset; ChangeJournal). Kept for the newest imports only
-- (ImportLogRepository::kUndoKept); a row goes when its import is taken back.
CREATE TABLE import_undo (
    import_id INTEGER PRIMARY KEY REFERENCES imports (id),
    schema_version INTEGER NOT NULL,
    changes BLOB NOT NULL
);

-- When the import was taken back (ISO 8601, UTC); empty while it stands.
ALTER TABLE imports ADD COLUMN taken_back_at TEXT NOT NULL DEFAULT '';

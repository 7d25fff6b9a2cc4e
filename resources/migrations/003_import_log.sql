-- Casebook schema version 3: the import log, the origin of imported records, the history of
-- assessments replaced by an import, and attachments whose bytes have not arrived yet.

-- One row per applied import (a bundle, a spreadsheet...): what came in, from whom, when.
CREATE TABLE imports (
    id INTEGER PRIMARY KEY,
    source_sha256 TEXT NOT NULL,
    source_name TEXT NOT NULL DEFAULT '',
    source_kind TEXT NOT NULL DEFAULT '',
    creator TEXT NOT NULL DEFAULT '',
    source_created_at TEXT NOT NULL DEFAULT '',
    imported_at TEXT NOT NULL,
    imported_by TEXT NOT NULL DEFAULT '',
    backup_path TEXT NOT NULL DEFAULT '',
    counts TEXT NOT NULL DEFAULT '{}' CHECK (json_valid(counts))
);
CREATE INDEX imports_source ON imports (source_sha256);

-- Where a record came from: the import that first brought it and the last one that changed it.
CREATE TABLE record_origins (
    kind TEXT NOT NULL,
    uuid TEXT NOT NULL,
    first_import_id INTEGER NOT NULL REFERENCES imports (id),
    last_import_id INTEGER NOT NULL REFERENCES imports (id),
    last_action TEXT NOT NULL DEFAULT '',
    PRIMARY KEY (kind, uuid)
) WITHOUT ROWID;
CREATE INDEX record_origins_last ON record_origins (last_import_id);

-- Versions of assessments that an import replaced or did not take, so no score is ever lost.
CREATE TABLE assessment_history (
    id INTEGER PRIMARY KEY,
    uuid TEXT NOT NULL,
    revision INTEGER NOT NULL,
    modified_at TEXT NOT NULL,
    content_sha256 TEXT NOT NULL,
    document TEXT NOT NULL CHECK (json_valid(document)),
    UNIQUE (uuid, content_sha256)
);

-- A use case received in a lean bundle may name an attachment whose bytes were left out: the row
-- keeps its place (size, hash) with missing = 1 until a bundle brings the bytes.
ALTER TABLE attachment_blobs ADD COLUMN missing INTEGER NOT NULL DEFAULT 0;

-- Casebook schema version 9: sync with a team repository (docs/team-repository.md).
-- sync_servers: per server (its id), how far this repository has read the server's change
-- sequence, and when it last synced. sync_records: what the server held of each record when this
-- repository last saw it (its server revision, content hash and tags); a local record that differs
-- from it is a pending local change, sent by the next push with that revision as the optimistic
-- check. Both are written in the same transaction as the records they describe.

CREATE TABLE sync_servers (
    server_id TEXT PRIMARY KEY,
    address TEXT NOT NULL DEFAULT '',
    last_seq INTEGER NOT NULL DEFAULT 0,
    last_sync_at TEXT NOT NULL DEFAULT ''
) WITHOUT ROWID;

CREATE TABLE sync_records (
    server_id TEXT NOT NULL REFERENCES sync_servers (server_id) ON DELETE CASCADE,
    kind TEXT NOT NULL CHECK (kind IN ('use_case', 'assessment', 'rubric', 'tombstone')),
    uuid TEXT NOT NULL,
    server_revision INTEGER NOT NULL,
    content_hash TEXT NOT NULL DEFAULT '',
    tags TEXT NOT NULL DEFAULT '',
    PRIMARY KEY (server_id, kind, uuid)
) WITHOUT ROWID;

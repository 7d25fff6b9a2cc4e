-- Casebook schema: the records that may have changed since each team repository last saw them
-- (issue 13: a sync costs the same per record in a repository of 100,000 use cases as in a new one).

-- Before this version, every sync read and hashed every local use case and assessment to find the
-- pending local changes. sync_changed names, per server this repository syncs with, the use cases
-- and assessments written since the sync state last matched them: triggers add a row for every
-- server on each write that can change a record's content hash or tags, the first sync with
-- a server adds every local record (sync_servers_seed), setting a record's base adds it
-- (sync_changed_base), and a sync removes the rows of the records it finds equal to their base
-- (SyncPush::settle). So it always holds at least every pending local change; a sync hashes only
-- the records it names.
CREATE TABLE sync_changed (
    server_id TEXT NOT NULL REFERENCES sync_servers (server_id) ON DELETE CASCADE,
    kind TEXT NOT NULL CHECK (kind IN ('use_case', 'assessment')),
    uuid TEXT NOT NULL,
    PRIMARY KEY (server_id, kind, uuid)
) WITHOUT ROWID;

-- Repositories that synced before this version: every record is checked once by the next sync.
INSERT INTO sync_changed (server_id, kind, uuid)
    SELECT s.server_id, 'use_case', u.uuid FROM sync_servers AS s, use_cases AS u;
INSERT INTO sync_changed (server_id, kind, uuid)
    SELECT s.server_id, 'assessment', a.uuid FROM sync_servers AS s, assessments AS a;

CREATE TRIGGER sync_servers_seed AFTER INSERT ON sync_servers BEGIN
    INSERT OR IGNORE INTO sync_changed (server_id, kind, uuid)
        SELECT NEW.server_id, 'use_case', uuid FROM use_cases;
    INSERT OR IGNORE INTO sync_changed (server_id, kind, uuid)
        SELECT NEW.server_id, 'assessment', uuid FROM assessments;
END;

-- A record whose base changes is compared again too: a pull sets the bases of the records it
-- receives, also of those it leaves as they are here (the same content, or a version already seen
-- here, or a conflict kept), which may then differ from their new base.
CREATE TRIGGER sync_changed_base AFTER INSERT ON sync_records
WHEN NEW.kind IN ('use_case', 'assessment') BEGIN
    INSERT OR IGNORE INTO sync_changed (server_id, kind, uuid) VALUES (NEW.server_id, NEW.kind, NEW.uuid);
END;

-- The triggers that add a record on each write that can change its content hash or tags (a use
-- case's document, its tags, a tag's name, an assessment or its scores:
-- SyncStateRepository::watchWrites) are
-- made by the first sync with a server, and for a repository that synced before this version by
-- Database::completeMigration: a repository that never syncs does not pay for them (they cost
-- about a tenth of an import of 10,000 use cases with their assessments).

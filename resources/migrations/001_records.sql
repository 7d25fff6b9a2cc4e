-- Casebook schema version 1: use cases, tags, attachments, rubrics, assessments, saved views.
-- Statements end with ';' at the end of a line; trigger bodies end with 'END;'.

PRAGMA application_id = 1128354629;

CREATE TABLE use_cases (
    id INTEGER PRIMARY KEY,
    uuid TEXT NOT NULL UNIQUE,
    code TEXT NOT NULL UNIQUE COLLATE NOCASE,
    title TEXT NOT NULL,
    approval_status TEXT NOT NULL DEFAULT 'draft',
    deployment_stage TEXT NOT NULL DEFAULT '',
    development_context TEXT NOT NULL DEFAULT '',
    created_at TEXT NOT NULL,
    modified_at TEXT NOT NULL,
    modified_by TEXT NOT NULL DEFAULT '',
    revision INTEGER NOT NULL DEFAULT 1,
    document TEXT NOT NULL CHECK (json_valid(document))
);
CREATE INDEX use_cases_modified_at ON use_cases (modified_at);
CREATE INDEX use_cases_title ON use_cases (title COLLATE NOCASE);
CREATE INDEX use_cases_stage ON use_cases (deployment_stage);
CREATE INDEX use_cases_context ON use_cases (development_context);

-- Facet tables, derived from the document by triggers so they can never drift from it.
CREATE TABLE use_case_verticals (
    use_case_id INTEGER NOT NULL REFERENCES use_cases (id) ON DELETE CASCADE,
    vertical TEXT NOT NULL,
    PRIMARY KEY (use_case_id, vertical)
) WITHOUT ROWID;
CREATE INDEX use_case_verticals_vertical ON use_case_verticals (vertical);

CREATE TABLE use_case_sdgs (
    use_case_id INTEGER NOT NULL REFERENCES use_cases (id) ON DELETE CASCADE,
    sdg INTEGER NOT NULL,
    PRIMARY KEY (use_case_id, sdg)
) WITHOUT ROWID;
CREATE INDEX use_case_sdgs_sdg ON use_case_sdgs (sdg);

CREATE TABLE use_case_regions (
    use_case_id INTEGER NOT NULL REFERENCES use_cases (id) ON DELETE CASCADE,
    region TEXT NOT NULL,
    PRIMARY KEY (use_case_id, region)
) WITHOUT ROWID;
CREATE INDEX use_case_regions_region ON use_case_regions (region);

CREATE TABLE use_case_countries (
    use_case_id INTEGER NOT NULL REFERENCES use_cases (id) ON DELETE CASCADE,
    country TEXT NOT NULL,
    PRIMARY KEY (use_case_id, country)
) WITHOUT ROWID;
CREATE INDEX use_case_countries_country ON use_case_countries (country);

-- Attachments: bytes stored once by SHA-256; the document lists which a use case uses.
CREATE TABLE attachment_blobs (
    sha256 TEXT PRIMARY KEY,
    size INTEGER NOT NULL,
    data BLOB NOT NULL
) WITHOUT ROWID;

CREATE TABLE use_case_attachments (
    use_case_id INTEGER NOT NULL REFERENCES use_cases (id) ON DELETE CASCADE,
    sha256 TEXT NOT NULL REFERENCES attachment_blobs (sha256),
    PRIMARY KEY (use_case_id, sha256)
) WITHOUT ROWID;
CREATE INDEX use_case_attachments_sha256 ON use_case_attachments (sha256);

CREATE TRIGGER use_cases_facets_insert AFTER INSERT ON use_cases
BEGIN
    INSERT OR IGNORE INTO use_case_verticals SELECT new.id, value FROM json_each(new.document, '$.verticals');
    INSERT OR IGNORE INTO use_case_sdgs SELECT new.id, value FROM json_each(new.document, '$.sdgs');
    INSERT OR IGNORE INTO use_case_regions SELECT new.id, value FROM json_each(new.document, '$.regions');
    INSERT OR IGNORE INTO use_case_countries SELECT new.id, value FROM json_each(new.document, '$.countries');
    INSERT OR IGNORE INTO use_case_attachments
        SELECT new.id, json_extract(value, '$.sha256') FROM json_each(new.document, '$.attachments');
END;

CREATE TRIGGER use_cases_facets_update AFTER UPDATE OF document ON use_cases
BEGIN
    DELETE FROM use_case_verticals WHERE use_case_id = old.id;
    DELETE FROM use_case_sdgs WHERE use_case_id = old.id;
    DELETE FROM use_case_regions WHERE use_case_id = old.id;
    DELETE FROM use_case_countries WHERE use_case_id = old.id;
    DELETE FROM use_case_attachments WHERE use_case_id = old.id;
    INSERT OR IGNORE INTO use_case_verticals SELECT new.id, value FROM json_each(new.document, '$.verticals');
    INSERT OR IGNORE INTO use_case_sdgs SELECT new.id, value FROM json_each(new.document, '$.sdgs');
    INSERT OR IGNORE INTO use_case_regions SELECT new.id, value FROM json_each(new.document, '$.regions');
    INSERT OR IGNORE INTO use_case_countries SELECT new.id, value FROM json_each(new.document, '$.countries');
    INSERT OR IGNORE INTO use_case_attachments
        SELECT new.id, json_extract(value, '$.sha256') FROM json_each(new.document, '$.attachments');
END;

-- Every earlier revision of a record, so that nothing an edit or a merge replaces is lost.
CREATE TABLE use_case_history (
    id INTEGER PRIMARY KEY,
    uuid TEXT NOT NULL,
    revision INTEGER NOT NULL,
    modified_at TEXT NOT NULL,
    modified_by TEXT NOT NULL,
    document TEXT NOT NULL
);
CREATE INDEX use_case_history_uuid ON use_case_history (uuid, revision);

CREATE TRIGGER use_cases_history_update AFTER UPDATE OF document ON use_cases
BEGIN
    INSERT INTO use_case_history (uuid, revision, modified_at, modified_by, document)
        VALUES (old.uuid, old.revision, old.modified_at, old.modified_by, old.document);
END;

-- Deleted records, so that a merge can tell "deleted here" from "never had it".
CREATE TABLE tombstones (
    uuid TEXT PRIMARY KEY,
    kind TEXT NOT NULL,
    deleted_at TEXT NOT NULL,
    deleted_by TEXT NOT NULL DEFAULT ''
) WITHOUT ROWID;

CREATE TABLE tags (
    id INTEGER PRIMARY KEY,
    name TEXT NOT NULL UNIQUE COLLATE NOCASE,
    color TEXT NOT NULL DEFAULT ''
);

CREATE TABLE use_case_tags (
    use_case_id INTEGER NOT NULL REFERENCES use_cases (id) ON DELETE CASCADE,
    tag_id INTEGER NOT NULL REFERENCES tags (id) ON DELETE CASCADE,
    PRIMARY KEY (use_case_id, tag_id)
) WITHOUT ROWID;
CREATE INDEX use_case_tags_tag ON use_case_tags (tag_id);

CREATE TABLE rubrics (
    id INTEGER PRIMARY KEY,
    uuid TEXT NOT NULL UNIQUE,
    series_uuid TEXT NOT NULL,
    version INTEGER NOT NULL,
    name TEXT NOT NULL,
    created_at TEXT NOT NULL,
    definition TEXT NOT NULL CHECK (json_valid(definition)),
    UNIQUE (series_uuid, version)
);

CREATE TABLE assessments (
    id INTEGER PRIMARY KEY,
    uuid TEXT NOT NULL UNIQUE,
    use_case_id INTEGER NOT NULL REFERENCES use_cases (id) ON DELETE CASCADE,
    rubric_id INTEGER NOT NULL REFERENCES rubrics (id),
    assessor_name TEXT NOT NULL,
    assessor_organization TEXT NOT NULL DEFAULT '',
    assessor_email TEXT NOT NULL DEFAULT '',
    created_at TEXT NOT NULL,
    modified_at TEXT NOT NULL,
    revision INTEGER NOT NULL DEFAULT 1,
    UNIQUE (use_case_id, rubric_id, assessor_name)
);
CREATE INDEX assessments_rubric ON assessments (rubric_id);

CREATE TABLE scores (
    assessment_id INTEGER NOT NULL REFERENCES assessments (id) ON DELETE CASCADE,
    criterion_id TEXT NOT NULL,
    state TEXT NOT NULL CHECK (state IN ('level', 'na', 'unknown')),
    level INTEGER,
    rationale TEXT NOT NULL DEFAULT '',
    evidence TEXT NOT NULL DEFAULT '',
    confidence TEXT NOT NULL DEFAULT '',
    PRIMARY KEY (assessment_id, criterion_id)
) WITHOUT ROWID;

CREATE TABLE saved_views (
    id INTEGER PRIMARY KEY,
    name TEXT NOT NULL UNIQUE COLLATE NOCASE,
    query TEXT NOT NULL DEFAULT '',
    created_at TEXT NOT NULL,
    modified_at TEXT NOT NULL
);

CREATE TABLE settings (
    key TEXT PRIMARY KEY,
    value TEXT NOT NULL
) WITHOUT ROWID;

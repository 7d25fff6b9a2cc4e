-- Casebook schema 7: workshops (issue 11, docs/workshops.md).
-- A workshop is stored as its JSON document (WorkshopJson): use cases, rubric version, weight sets,
-- view and rounds. Each assessor's scores of one round are a separate record (a round sheet), keyed
-- by (workshop, round, assessor identity), so the scores of different rounds, of different
-- assessors and the use cases' ordinary assessments never mix.

CREATE TABLE workshops (
    id INTEGER PRIMARY KEY,
    uuid TEXT NOT NULL UNIQUE,
    name TEXT NOT NULL UNIQUE COLLATE NOCASE,
    document TEXT NOT NULL,
    created_at TEXT NOT NULL,
    modified_at TEXT NOT NULL,
    revision INTEGER NOT NULL DEFAULT 1
);

CREATE TABLE workshop_sheets (
    id INTEGER PRIMARY KEY,
    uuid TEXT NOT NULL UNIQUE,
    workshop_id INTEGER NOT NULL REFERENCES workshops (id) ON DELETE CASCADE,
    round INTEGER NOT NULL CHECK (round >= 1),
    assessor_id TEXT NOT NULL,
    document TEXT NOT NULL,
    created_at TEXT NOT NULL,
    modified_at TEXT NOT NULL,
    revision INTEGER NOT NULL DEFAULT 1,
    UNIQUE (workshop_id, round, assessor_id)
);

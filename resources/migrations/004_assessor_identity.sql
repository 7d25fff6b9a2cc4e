-- Casebook schema version 4: assessments are keyed by the assessor's identity (a UUID per member)
-- instead of their name, which stays as a display label. Existing assessments are given a marker
-- 'name:<assessor name>' here; Casebook replaces it, in the same transaction, with the identity
-- derived from the name (AssessorIdentity::fromName, a UUID version 5), as old bundles get it.
-- SQLite cannot change a table's UNIQUE constraint, so assessments and scores are rebuilt.

CREATE TABLE assessments_v4 (
    id INTEGER PRIMARY KEY,
    uuid TEXT NOT NULL UNIQUE,
    use_case_id INTEGER NOT NULL REFERENCES use_cases (id) ON DELETE CASCADE,
    rubric_id INTEGER NOT NULL REFERENCES rubrics (id),
    assessor_id TEXT NOT NULL,
    assessor_name TEXT NOT NULL,
    assessor_organization TEXT NOT NULL DEFAULT '',
    assessor_email TEXT NOT NULL DEFAULT '',
    created_at TEXT NOT NULL,
    modified_at TEXT NOT NULL,
    revision INTEGER NOT NULL DEFAULT 1,
    UNIQUE (use_case_id, rubric_id, assessor_id)
);
INSERT INTO assessments_v4 (id, uuid, use_case_id, rubric_id, assessor_id, assessor_name,
                            assessor_organization, assessor_email, created_at, modified_at, revision)
    SELECT id, uuid, use_case_id, rubric_id, 'name:' || assessor_name, assessor_name,
           assessor_organization, assessor_email, created_at, modified_at, revision
    FROM assessments;

CREATE TABLE scores_v4 (
    assessment_id INTEGER NOT NULL REFERENCES assessments_v4 (id) ON DELETE CASCADE,
    criterion_id TEXT NOT NULL,
    state TEXT NOT NULL CHECK (state IN ('level', 'na', 'unknown')),
    level INTEGER,
    rationale TEXT NOT NULL DEFAULT '',
    evidence TEXT NOT NULL DEFAULT '',
    confidence TEXT NOT NULL DEFAULT '',
    PRIMARY KEY (assessment_id, criterion_id)
) WITHOUT ROWID;
INSERT INTO scores_v4 (assessment_id, criterion_id, state, level, rationale, evidence, confidence)
    SELECT assessment_id, criterion_id, state, level, rationale, evidence, confidence FROM scores;

-- Children first, so that dropping the parent deletes nothing through ON DELETE CASCADE; renaming
-- the new parent updates the reference of scores_v4.
DROP TABLE scores;
DROP TABLE assessments;
ALTER TABLE assessments_v4 RENAME TO assessments;
ALTER TABLE scores_v4 RENAME TO scores;
CREATE INDEX assessments_rubric ON assessments (rubric_id);

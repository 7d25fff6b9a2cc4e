-- Casebook schema: the list's score column, stored (issue 13).

-- One row per use case and rubric version that has assessments: the overall result of those
-- assessments (ScoringEngine::aggregate, the score sheet's figures), kept by the application in
-- the same transaction as every assessment write and delete (ScoreIndex), so the list sorts the
-- whole repository by score in SQL instead of scoring each loaded page. overall_index is NULL when
-- no criterion applies. flags: the knock-out flags that fired, separated by char(31).
-- The application fills the table for existing assessments when this migration runs.
CREATE TABLE use_case_scores (
    use_case_id INTEGER NOT NULL REFERENCES use_cases (id) ON DELETE CASCADE,
    rubric_id INTEGER NOT NULL REFERENCES rubrics (id) ON DELETE CASCADE,
    overall_index REAL,
    coverage REAL NOT NULL,
    incomplete INTEGER NOT NULL,
    assessors INTEGER NOT NULL,
    unknowns INTEGER NOT NULL,
    disagreements INTEGER NOT NULL,
    flags TEXT NOT NULL DEFAULT '',
    PRIMARY KEY (rubric_id, use_case_id)
) WITHOUT ROWID;
CREATE INDEX use_case_scores_use_case ON use_case_scores (use_case_id);
CREATE INDEX use_case_scores_index ON use_case_scores (rubric_id, overall_index);
